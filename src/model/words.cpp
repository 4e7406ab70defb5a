// One table of every stored id a document shows, each with its vocabulary as gettext context:
// `over` the hours status and `over` elsewhere may need different Dutch.
#include "model/words.hpp"

namespace sleutel {

namespace {

struct Word {
    const char* id;
    const char* vocabulary;
    const char* english; // the word in English documents, and the catalogue's msgid
};

constexpr Word known[] = {
    {"active", NC_("person status", "active")},
    {"paused", NC_("person status", "paused")},
    {"left", NC_("person status", "left")},
    {"volunteer", NC_("contract form", "volunteer")},
    {"employed", NC_("contract form", "employed")},
    {"internship", NC_("contract form", "internship")},
    {"freelance", NC_("contract form", "freelance")},
    {"f", NC_("gender", "f")},
    {"m", NC_("gender", "m")},
    {"x", NC_("gender", "x")},
    {"local", NC_("scope", "local")},
    {"regional", NC_("scope", "regional")},
    {"overload", NC_("alert kind", "overload")},
    {"after_hours", NC_("alert kind", "after hours")},
    {"allowance_over", NC_("alert kind", "allowance over the ceiling")},
    {"allowance_near", NC_("alert kind", "allowance near the ceiling")},
    {"inactive", NC_("alert kind", "inactive")},
    {"intervision_overdue", NC_("alert kind", "intervision overdue")},
    {"assignment_ending", NC_("alert kind", "assignment ending")},
    {"goal_overdue", NC_("alert kind", "goal overdue")},
    {"unassigned_activity", NC_("alert kind", "activity outside assignments")},
    {"signal_unanswered", NC_("alert kind", "signal unanswered")},
    {"warning", NC_("severity", "warning")},
    {"info", NC_("severity", "info")},
    {"ok", NC_("hours status", "ok")},
    {"over", NC_("hours status", "over")},
    {"under", NC_("hours status", "under")},
    {"open", NC_("goal state", "open")},
    {"overdue", NC_("goal state", "overdue")},
    {"done", NC_("goal state", "done")},
    {"none", NC_("allowance cap", "none")},
    {"hourly", NC_("allowance cap", "hourly")},
    {"monthly", NC_("allowance cap", "monthly")},
    {"yearly", NC_("allowance cap", "yearly")},
    {"activity", NC_("audit entity", "activity")},
    {"assignment", NC_("audit entity", "assignment")},
    {"database", NC_("audit entity", "database")},
    {"goal", NC_("audit entity", "goal")},
    {"organisation", NC_("audit entity", "organisation")},
    {"person", NC_("audit entity", "person")},
    {"training", NC_("audit entity", "training")},
    {"signal", NC_("audit entity", "signal")},
    {"create", NC_("audit action", "create")},
    {"update", NC_("audit action", "update")},
    {"delete", NC_("audit action", "delete")},
    {"erase", NC_("audit action", "erase")},
    {"agreement", NC_("audit action", "agreement")},
    {"copy", NC_("audit action", "copy")},
    {"native", NC_("language level", "native")},
    {"ahead", NC_("progress status", "ahead")},
    {"on_track", NC_("progress status", "on track")},
    {"behind", NC_("progress status", "behind")},
    {"alerts", NC_("total", "alerts")},
    {"warnings", NC_("total", "warnings")},
    {"info", NC_("total", "info")},
    {"active_persons", NC_("total", "active persons")},
    {"gender", NC_("total", "gender")},
    {"km", NC_("total", "km")},
    {"activities", NC_("total", "activities")},
    {"minutes", NC_("total", "time")},
    {"referrals", NC_("total", "referrals")},
    {"reached", NC_("total", "reached")},
    {"allowance_cents", NC_("total", "allowance")},
    {"travel_cents", NC_("total", "travel")},
    {"contracted_minutes", NC_("total", "contracted")},
    {"ratio", NC_("total", "ratio")},
    {"targets", NC_("total", "targets")},
    {"ahead", NC_("total", "ahead")},
    {"on_track", NC_("total", "on track")},
    {"behind", NC_("total", "behind")},
    {"signals", NC_("total", "signals")},
    {"open", NC_("total", "open")},
    {"forwarded", NC_("total", "forwarded")},
    {"answered", NC_("total", "answered")},
    {"closed", NC_("total", "closed")},
    {"open", NC_("signal status", "open")},
    {"forwarded", NC_("signal status", "forwarded")},
    {"answered", NC_("signal status", "answered")},
    {"closed", NC_("signal status", "closed")},
};

} // namespace

std::string word_for(Language language, std::string_view vocabulary, std::string_view id) {
    for (const Word& w : known)
        if (vocabulary == w.vocabulary && id == w.id)
            return translate_context(language, w.vocabulary, w.english);
    return std::string(id);
}

const char* yes_no(Language language, bool value) {
    return value ? tr(language, "yes") : tr(language, "no");
}

} // namespace sleutel
