// The rules of community signals: status on a day, days open, and what add, forward, answer,
// close and edit refuse (domain/signals.cpp).
#include "domain/config.hpp"
#include "domain/people.hpp"
#include "domain/signals.hpp"
#include "store/signal_store.hpp"
#include "temp_dir.hpp"
#include "test_dates.hpp"
#include "util/error.hpp"

#include <doctest/doctest.h>

using namespace sleutel;
using namespace std::chrono_literals;

namespace {
const Date today = d(2026, 11, 23);

struct Fixture {
    TempDir dir;
    Store store{dir.file("s.db"), OpenMode::create, 0ms};
    Config config = config::load_default();

    Fixture() {
        PersonFields f;
        f.name = "Amira";
        register_person(store, config, "amira", f, false, today);
        register_organisation(store, config, "ggd", {"GGD", "ggd", {}, {}}, false);
    }
    Id add(Date date, std::vector<std::string> themes = {}) {
        return add_signal(store, config, {"Ouders missen informatie", "amira", themes, date},
                          today);
    }
};

template <class F> std::string refusal(F f) {
    try {
        f();
    } catch (const DataError& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST_CASE("the status on a day is the latest step taken by then") {
    Signal s;
    s.date = d(2026, 9, 15);
    s.forwarded_on = d(2026, 9, 20);
    s.answered_on = d(2026, 10, 25);
    s.closed_on = d(2026, 11, 5);
    CHECK(signal_status(s, d(2026, 9, 19)) == "open");
    CHECK(signal_status(s, d(2026, 9, 20)) == "forwarded");
    CHECK(signal_status(s, d(2026, 10, 25)) == "answered");
    CHECK(signal_status(s, d(2026, 11, 5)) == "closed");
    // Closed without an answer is closed all the same.
    Signal dropped;
    dropped.date = d(2026, 9, 15);
    dropped.closed_on = d(2026, 9, 16);
    CHECK(signal_status(dropped, today) == "closed");
}

TEST_CASE("days open run to the closing day, or to the day judged on") {
    Signal s;
    s.date = d(2026, 9, 15);
    // To 2026-09-30: 15 days.
    CHECK(signal_days_open(s, d(2026, 9, 30)) == 15);
    s.closed_on = d(2026, 11, 5);
    // 15 in September, 31 in October, 5 in November.
    CHECK(signal_days_open(s, today) == 51);
    // Not yet closed on 2026-10-31: 15 + 31 = 46.
    CHECK(signal_days_open(s, d(2026, 10, 31)) == 46);
}

TEST_CASE("a signal's life is saved and audited") {
    Fixture fx;
    const Id id = fx.add(d(2026, 9, 15), {"opvoeding", "onderwijs"});
    forward_signal(fx.store, id, "gg", d(2026, 9, 20), today);
    answer_signal(fx.store, id, "Voorlichtingsavond georganiseerd", d(2026, 10, 25), today);
    close_signal(fx.store, id, d(2026, 11, 5), today);
    const Signal s = find_signal(fx.store, id);
    CHECK(s.person == "amira");
    CHECK(s.themes == std::vector<std::string>{"onderwijs", "opvoeding"});
    CHECK(s.organisation == "ggd");
    CHECK(s.answered_on == d(2026, 10, 25));
    CHECK(signal_status(s, today) == "closed");
    std::size_t audited = 0;
    for (const AuditRow& row : fx.store.audit_rows("2000-01-01", "9999-12-31"))
        audited += row.entry.entity == "signal" && row.entry.entity_id == std::to_string(id);
    CHECK(audited == 4);
}

TEST_CASE("future days, steps before the signal and changes after closing are refused") {
    Fixture fx;
    const Id id = fx.add(d(2026, 10, 20));
    CHECK(refusal([&] { fx.add(d(2026, 11, 24)); }) ==
          "2026-11-24 is in the future; record what has happened");
    CHECK(refusal([&] { forward_signal(fx.store, id, "ggd", d(2026, 10, 19), today); }) ==
          "2026-10-19 is before signal 1 was raised on 2026-10-20");
    forward_signal(fx.store, id, "ggd", d(2026, 11, 1), today);
    CHECK(refusal([&] { answer_signal(fx.store, id, "Gedaan", d(2026, 10, 31), today); }) ==
          "2026-10-31 is before signal 1 was forwarded on 2026-11-01");
    CHECK(refusal([&] {
              edit_signal(fx.store, fx.config, id, {{}, {}, {}, d(2026, 11, 2)}, today);
          }) == "signal 1 was followed up on 2026-11-01, before 2026-11-02");
    close_signal(fx.store, id, d(2026, 11, 2), today);
    CHECK(refusal([&] { answer_signal(fx.store, id, "Gedaan", today, today); }) ==
          "signal 1 was closed on 2026-11-02");
    CHECK(refusal([&] { find_signal(fx.store, 7); }) == "no signal 7");
}

TEST_CASE("texts pass the privacy guard; themes and persons must be known") {
    Fixture fx;
    CHECK(refusal([&] {
              add_signal(fx.store, fx.config, {"Bel 06-12345678", {}, {}, today}, today);
          }).starts_with("the signal holds a phone number"));
    const Id id = fx.add(today);
    CHECK(refusal([&] {
              answer_signal(fx.store, id, "Mail a.b@example.nl", today, today);
          }).starts_with("the answer holds an e-mail address"));
    CHECK(refusal([&] { fx.add(today, {"onderwys"}); }).starts_with("unknown theme 'onderwys'"));
    CHECK(refusal([&] { fx.add(today, {"taal", "taal"}); }) == "theme 'taal' is given twice");
    CHECK_FALSE(refusal([&] {
                    add_signal(fx.store, fx.config, {"Iets", "nobody", {}, today}, today);
                }).empty());
    // Nothing refused was stored.
    CHECK(db::list_signals(fx.store, {}).size() == 1);
}
