// The section builders of one database and the Context they read, behind build_report.
#pragma once
#include "domain/agreement.hpp"
#include "domain/alerts.hpp"
#include "domain/allowance.hpp"
#include "model/entities.hpp"
#include "report/report.hpp"
#include "store/report_store.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sleutel::report {

struct HoursRow {
    const Person* person = nullptr;
    Minutes contracted = 0;
    Minutes minutes = 0;
    std::int64_t after_hours = 0;
    std::optional<double> ratio;
    std::optional<Minutes> available; // the person's own availability over the period
    Overload overload = Overload::none;
    std::string status; // ok | over | under
};

struct AllowanceRow {
    const Person* person = nullptr;
    MonthAllowance month;
    Cents travel_cents = 0;
};

// What one database's report is worked out from.
struct ContextOptions {
    Store& store;
    const Config& config;
    const ReportRequest& request;
    std::optional<Id> person; // --person, already found in this database
};

struct Context {
    // Reads everyone in the database: reports label and select people by their records.
    explicit Context(const ContextOptions& options);

    Store& store;
    const Config& config;
    const ReportRequest& request;
    db::ActivityScope scope;
    std::map<Id, Person> persons; // everyone in the database, by id
    Language lang = Language::nl; // the programme's: every word of the report is in it
    // Hours and allowance are needed by their own reports and by signals: worked out once.
    mutable std::optional<std::vector<HoursRow>> hours_cache;
    mutable std::optional<std::vector<AllowanceRow>> allowance_cache;
    mutable std::vector<std::string> allowance_notes;
    // Aggregates that more than one section needs, asked of the database once.
    mutable std::map<db::Dimension, std::vector<db::Group>> groups_cache;
    mutable std::optional<db::Tally> totals_cache;
    mutable std::optional<std::vector<db::PersonMonth>> year_months_cache;
    mutable std::optional<std::map<Id, std::vector<WorkDay>>> year_days_cache;
    mutable std::optional<std::map<Id, std::vector<AgeBand>>> age_bands_cache;
    mutable std::optional<std::map<Id, std::vector<Agreement>>> agreements_cache;
    mutable std::optional<std::map<Id, std::vector<StatusChange>>> statuses_cache;

    // A person as shown in a label column: their name, or the handle when there is none.
    std::string person_label(const Person& person) const;
    // Whether the person passes --person and --municipality.
    bool selected(const Person& person) const;
    // The period's activities grouped by `by`, and all of them together.
    const std::vector<db::Group>& groups(db::Dimension by) const;
    const db::Tally& totals() const;
    // Every person's months from 1 January of the period's first year to its end: the
    // allowance counts the whole calendar year, the after-hours signal the period's months.
    const std::vector<db::PersonMonth>& year_months() const;
    // Every person's work over the same span, read once, in date order: per day, or a whole
    // month as one day where its terms held all month (work_of). The allowance and the months
    // above are both made from it.
    const std::map<Id, std::vector<WorkDay>>& year_days() const;
    std::map<Id, std::vector<WorkDay>> work_of(const db::ActivityScope& span) const;
    // What is known of the person's age: their 21st birthday, or the bands kept once forgotten.
    Age age_of(Id person) const;
    // Every person's agreement periods and status changes, read once.
    const std::map<Id, std::vector<Agreement>>& agreements() const;
    const std::vector<Agreement>& agreements_of(Id person) const;
    // The person's status on `day` from their history: what held then, not what holds now. The
    // first status recorded reaches back, as the first agreement does.
    std::string status_on(const Person& person, Date day) const;
    // The day the period is judged on: its last day, or today while it runs.
    Date as_of() const;
};

// Config names for ids: a theme's name, a municipality's name; the id itself when unknown.
std::string config_label(const Config& config, std::string_view dimension, std::string_view id);
std::string month_label(std::string_view year_month, Language language);

Report summary(const Context& c, const std::string& by);
Report reach(const Context& c, const std::string& by);
Report referrals(const Context& c);

const std::vector<HoursRow>& hours_rows(const Context& c);
// Per person, or per funding stream or scope (`by`) of the assignments and their activities.
Report hours(const Context& c, const std::string& by = "person");

// Also fills c.allowance_notes (a ceiling borrowed from an earlier year).
const std::vector<AllowanceRow>& allowance_rows(const Context& c);
Report allowance(const Context& c);

Report coverage(const Context& c);
Report alerts(const Context& c);
// The community signals raised in the period, one row each, or counted by theme or org.
Report signals(const Context& c, const std::optional<std::string>& by);
// Each [[targets]] entry against what was done in its year up to the period's end.
Report progress(const Context& c);
// Another database's progress added in: the actuals add up, ratio and status follow from them.
void add_progress(Report& into, const Report& part);

} // namespace sleutel::report
