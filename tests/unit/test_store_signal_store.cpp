// The community signals' SQL: insert with themes, load, update, the list's filters and order, and
// the signals still awaiting an answer on a day (store/signal_store.cpp).
#include "store/signal_store.hpp"
#include "test_store_fixture.hpp"

#include <doctest/doctest.h>

using namespace store_test;

namespace {
Signal raised(Date date, const std::string& text, std::optional<Id> person = {}) {
    Signal s;
    s.date = date;
    s.text = text;
    s.person_id = person;
    return s;
}

std::vector<Id> ids(const std::vector<Signal>& signals) {
    std::vector<Id> out;
    for (const Signal& s : signals)
        out.push_back(s.id);
    return out;
}
} // namespace

TEST_CASE("a signal is stored with its themes and its steps, and rewritten whole") {
    Fixture fx;
    const Id p = fx.person("amira");
    const Id o = fx.organisation("ggd");
    Signal s = raised(d(2026, 9, 15), "Ouders missen informatie", p);
    s.themes = {"onderwijs", "opvoeding"};
    s.id = db::insert_signal(fx.store, s);
    auto loaded = db::load_signal(fx.store, s.id);
    REQUIRE(loaded);
    CHECK(loaded->person == "amira");
    CHECK(loaded->themes == std::vector<std::string>{"onderwijs", "opvoeding"});
    CHECK_FALSE(loaded->organisation);
    CHECK_FALSE(loaded->forwarded_on);

    loaded->organisation_id = o;
    loaded->forwarded_on = d(2026, 9, 20);
    loaded->answer = "Voorlichtingsavond";
    loaded->answered_on = d(2026, 10, 25);
    loaded->themes = {"taal"};
    db::update_signal(fx.store, *loaded);
    const auto again = db::load_signal(fx.store, s.id);
    REQUIRE(again);
    CHECK(again->organisation == "ggd");
    CHECK(again->forwarded_on == d(2026, 9, 20));
    CHECK(again->answer == "Voorlichtingsavond");
    CHECK(again->themes == std::vector<std::string>{"taal"});
    CHECK_FALSE(db::load_signal(fx.store, s.id + 1));
}

TEST_CASE("the schema refuses a step before the signal was raised, and an answer without a day") {
    Fixture fx;
    Signal s = raised(d(2026, 9, 15), "Iets");
    s.id = db::insert_signal(fx.store, s);
    s.closed_on = d(2026, 9, 14);
    CHECK(exit_code_of(fx.store.path(), [&] { db::update_signal(fx.store, s); }) != ExitCode::ok);
    s.closed_on.reset();
    s.answer = "Gedaan";
    CHECK(exit_code_of(fx.store.path(), [&] { db::update_signal(fx.store, s); }) != ExitCode::ok);
}

TEST_CASE("the list filters by period, person and theme; with a limit the newest come first") {
    Fixture fx;
    const Id p = fx.person("amira");
    const Id q = fx.person("selam");
    Signal a = raised(d(2026, 9, 15), "a", p);
    a.themes = {"taal"};
    const Id ia = db::insert_signal(fx.store, a);
    const Id ib = db::insert_signal(fx.store, raised(d(2026, 10, 1), "b", q));
    const Id ic = db::insert_signal(fx.store, raised(d(2026, 10, 20), "c"));
    const Id id = db::insert_signal(fx.store, raised(d(2026, 9, 1), "d", p));

    CHECK(ids(db::list_signals(fx.store, {})) == std::vector<Id>{id, ia, ib, ic});
    db::SignalFilter october;
    october.from = d(2026, 10, 1);
    october.to = d(2026, 10, 31);
    CHECK(ids(db::list_signals(fx.store, october)) == std::vector<Id>{ib, ic});
    db::SignalFilter amira;
    amira.person = p;
    CHECK(ids(db::list_signals(fx.store, amira)) == std::vector<Id>{id, ia});
    db::SignalFilter taal;
    taal.theme = "taal";
    const auto with_taal = db::list_signals(fx.store, taal);
    CHECK(ids(with_taal) == std::vector<Id>{ia});
    CHECK(with_taal.front().themes == std::vector<std::string>{"taal"});
    db::SignalFilter newest;
    newest.limit = 2;
    CHECK(ids(db::list_signals(fx.store, newest)) == std::vector<Id>{ic, ib});
}

TEST_CASE("awaiting an answer: forwarded by the day, neither answered nor closed by then") {
    Fixture fx;
    const Id o = fx.organisation("ggd");
    auto forwarded = [&](Date on, std::optional<Date> answered, std::optional<Date> closed) {
        Signal s = raised(d(2026, 9, 1), "x");
        s.organisation_id = o;
        s.forwarded_on = on;
        if (answered) {
            s.answer = "gedaan";
            s.answered_on = answered;
        }
        s.closed_on = closed;
        return db::insert_signal(fx.store, s);
    };
    const Id waiting = forwarded(d(2026, 9, 10), {}, {});
    const Id answered_later = forwarded(d(2026, 9, 10), d(2026, 11, 1), {});
    forwarded(d(2026, 9, 10), d(2026, 9, 20), {}); // answered by then
    forwarded(d(2026, 9, 10), {}, d(2026, 9, 30)); // closed by then
    forwarded(d(2026, 10, 20), {}, {});            // forwarded after the day
    db::insert_signal(fx.store, raised(d(2026, 9, 1), "not forwarded"));
    const auto found = db::awaiting_answer(fx.store, d(2026, 10, 15));
    CHECK(ids(found) == std::vector<Id>{waiting, answered_later});
    CHECK(found.front().organisation == "ggd");
}
