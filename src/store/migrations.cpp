// Schema history. Never edit a released step: add a new one. Each runs in its own transaction
// together with the PRAGMA user_version that records it (apply_migrations, at the end).
#include "store/migrations.hpp"

#include "store/connection.hpp"

#include <SQLiteCpp/Transaction.h>
#include <array>
#include <fmt/format.h>

namespace sleutel::store {

namespace {

// Ids people cite (activities, assignments, goals) are AUTOINCREMENT: never reused after a delete.
// Dates are ISO text (`YYYY-MM-DD`), so they sort and compare as text; minutes and cents are
// integers. CHECKs keep rows sane even when written by another tool.
constexpr const char* schema_v1 = R"sql(
CREATE TABLE person (
    id              INTEGER PRIMARY KEY,
    handle          TEXT NOT NULL UNIQUE,
    name            TEXT,
    municipality    TEXT,
    origin          TEXT,
    gender          TEXT CHECK (gender IN ('f', 'm', 'x')),
    birth_year      INTEGER CHECK (birth_year BETWEEN 1900 AND 2100),
    education       TEXT,
    background      TEXT,
    contract        TEXT CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    minutes_per_week INTEGER CHECK (minutes_per_week BETWEEN 0 AND 10080),
    since           TEXT CHECK (since IS NULL OR since GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    phone           TEXT,
    email           TEXT,
    notes           TEXT,
    status          TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'left')),
    forgotten       INTEGER NOT NULL DEFAULT 0 CHECK (forgotten IN (0, 1)),
    created_at      TEXT NOT NULL
) STRICT;

CREATE TABLE person_language (
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    level     TEXT NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    PRIMARY KEY (person_id, code)
) STRICT, WITHOUT ROWID;

CREATE TABLE person_status (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status    TEXT NOT NULL CHECK (status IN ('active', 'paused', 'left')),
    since     TEXT NOT NULL
) STRICT;
CREATE INDEX person_status_person ON person_status (person_id, since);

CREATE TABLE organisation (
    id           INTEGER PRIMARY KEY,
    handle       TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    municipality TEXT,
    contact      TEXT,
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE assignment (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    organisation_id  INTEGER NOT NULL REFERENCES organisation (id),
    role             TEXT NOT NULL,
    minutes_per_week INTEGER NOT NULL DEFAULT 0 CHECK (minutes_per_week BETWEEN 0 AND 10080),
    from_date        TEXT NOT NULL,
    until_date       TEXT CHECK (until_date IS NULL OR until_date >= from_date),
    contract         TEXT CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    supervisor       TEXT,
    scope            TEXT NOT NULL DEFAULT 'local' CHECK (scope IN ('local', 'regional')),
    created_at       TEXT NOT NULL
) STRICT;
CREATE INDEX assignment_person ON assignment (person_id, from_date);
CREATE INDEX assignment_organisation ON assignment (organisation_id);

CREATE TABLE activity (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time            TEXT CHECK (time IS NULL OR time GLOB '[0-2][0-9]:[0-5][0-9]'),
    person_id       INTEGER NOT NULL REFERENCES person (id),
    type            TEXT NOT NULL,
    role            TEXT,
    organisation_id INTEGER REFERENCES organisation (id),
    assignment_id   INTEGER REFERENCES assignment (id),
    minutes         INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    reached         INTEGER NOT NULL DEFAULT 0 CHECK (reached >= 0),
    km_tenths       INTEGER NOT NULL DEFAULT 0 CHECK (km_tenths >= 0),
    expenses_cents  INTEGER NOT NULL DEFAULT 0 CHECK (expenses_cents >= 0),
    after_hours     INTEGER NOT NULL DEFAULT 0 CHECK (after_hours IN (0, 1)),
    ref             TEXT UNIQUE,
    note            TEXT CHECK (note IS NULL OR length(note) <= 500),
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX activity_date ON activity (date);
CREATE INDEX activity_person_date ON activity (person_id, date);

CREATE TABLE activity_theme (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    theme       TEXT NOT NULL,
    PRIMARY KEY (activity_id, theme)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_theme_theme ON activity_theme (theme);

CREATE TABLE activity_referral (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    target      TEXT NOT NULL,
    count       INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (activity_id, target)
) STRICT, WITHOUT ROWID;
CREATE INDEX activity_referral_target ON activity_referral (target);

CREATE TABLE training (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    completed_on TEXT
) STRICT;
CREATE INDEX training_person ON training (person_id);

CREATE TABLE goal (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    due        TEXT,
    done_on    TEXT,
    created_on TEXT NOT NULL
) STRICT;
CREATE INDEX goal_person ON goal (person_id);

CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    command   TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL
) STRICT;
CREATE INDEX audit_at ON audit (at);
)sql";

// Reports sum minutes, km and after-hours per person over date ranges (the allowance over a
// whole year). With these columns in an index beside the date SQLite answers from the index
// alone, without a look-up in the table for every activity. The plain date index stays: queries
// that need the table anyway read it faster, being narrower, and SQLite's planner picks it.
constexpr const char* schema_v2 = R"sql(
CREATE INDEX activity_date_person ON activity (date, person_id, minutes, km_tenths, after_hours);
)sql";

// What held when: a key person's working agreement is a history of dated periods (contract,
// hours, the allowance agreed, availability, when they can be reached), so a report of a past
// month uses the agreement of that month. The period a person was registered with reaches back
// to the start: work logged before it falls under it. Existing persons get one period, from the
// earliest of their start date, their first assignment, their first activity and their
// registration.
//
// `age_band` keeps, for a forgotten person, what the allowance needs of their age once the birth
// year is erased: per year worked whether they were under 21, and for the year they turned 21 the
// month it happened and how many minutes of that month were worked before.
//
// An optional exact birth date lets the under-21 rate end on the 21st birthday itself.
//
// `until_known_on` is the day an assignment's end was set by `assign end` (NULL: known from the
// start), so a past period's "assignment ending" alerts do not learn of ends decided later.
//
// Activity types that count as intervision or training are found per person through
// `activity_type_person_date` without reading the whole log.
constexpr const char* schema_v3 = R"sql(
CREATE TABLE agreement (
    id                    INTEGER PRIMARY KEY,
    person_id             INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    from_date             TEXT NOT NULL CHECK (from_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    contract              TEXT CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    minutes_per_week      INTEGER CHECK (minutes_per_week BETWEEN 0 AND 10080),
    allowance             TEXT NOT NULL DEFAULT 'legal'
                          CHECK (allowance IN ('legal', 'none', 'hour', 'month', 'activity')),
    allowance_cents       INTEGER NOT NULL DEFAULT 0 CHECK (allowance_cents >= 0),
    available_minutes     INTEGER CHECK (available_minutes BETWEEN 0 AND 10080),
    reachable             TEXT,
    benefit               INTEGER NOT NULL DEFAULT 0 CHECK (benefit IN (0, 1)),
    other_allowance_cents INTEGER NOT NULL DEFAULT 0 CHECK (other_allowance_cents >= 0),
    given                 INTEGER NOT NULL DEFAULT 0, -- the fields set by this period itself
    created_at            TEXT NOT NULL,
    UNIQUE (person_id, from_date)
) STRICT;

INSERT INTO agreement (person_id, from_date, contract, minutes_per_week, given, created_at)
SELECT p.id,
       min(coalesce(p.since, '9999-12-31'),
           coalesce((SELECT min(a.from_date) FROM assignment a WHERE a.person_id = p.id), '9999-12-31'),
           coalesce((SELECT min(x.date) FROM activity x WHERE x.person_id = p.id), '9999-12-31'),
           substr(p.created_at, 1, 10)),
       p.contract, p.minutes_per_week,
       (p.contract IS NOT NULL) + 2 * (p.minutes_per_week IS NOT NULL), p.created_at
FROM person p;

CREATE TABLE age_band (
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    year            INTEGER NOT NULL,
    under_21        INTEGER NOT NULL CHECK (under_21 IN (0, 1)),
    turned_21_month INTEGER CHECK (turned_21_month BETWEEN 1 AND 12),
    minutes_before  INTEGER CHECK (minutes_before >= 0),
    PRIMARY KEY (person_id, year)
) STRICT, WITHOUT ROWID;

ALTER TABLE assignment ADD COLUMN until_known_on TEXT
    CHECK (until_known_on IS NULL OR until_known_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

ALTER TABLE person ADD COLUMN birth_date TEXT
    CHECK (birth_date IS NULL OR birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');

CREATE INDEX activity_type_person_date ON activity (type, person_id, date);
)sql";

// Monitoring as the programme guide asks for it. An activity counts the questions a key person
// received and the professionals reached, beside the newcomers (`reached`). An assignment may
// name the funding stream that pays for it; its activities follow it through `assignment_id`.
//
// A community signal is something a key person noticed in their community (a need, a problem)
// and its follow-up: forwarded to an organisation, answered (what was done with it, fed back to
// the key person), closed. Each step keeps its own date, so a report of a past period shows the
// signal as it stood then.
constexpr const char* schema_v4 = R"sql(
ALTER TABLE activity ADD COLUMN questions INTEGER NOT NULL DEFAULT 0 CHECK (questions >= 0);
ALTER TABLE activity ADD COLUMN reached_professionals INTEGER NOT NULL DEFAULT 0
    CHECK (reached_professionals >= 0);
ALTER TABLE assignment ADD COLUMN funding TEXT;

CREATE TABLE signal (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    person_id       INTEGER REFERENCES person (id),
    text            TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    organisation_id INTEGER REFERENCES organisation (id),
    forwarded_on    TEXT CHECK (forwarded_on IS NULL OR forwarded_on >= date),
    answer          TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 1000),
    answered_on     TEXT CHECK (answered_on IS NULL OR answered_on >= date),
    closed_on       TEXT CHECK (closed_on IS NULL OR closed_on >= date),
    created_at      TEXT NOT NULL,
    CHECK ((answer IS NULL) = (answered_on IS NULL)),
    CHECK ((organisation_id IS NULL) = (forwarded_on IS NULL))
) STRICT;
CREATE INDEX signal_date ON signal (date);
CREATE INDEX signal_person ON signal (person_id, date);

CREATE TABLE signal_theme (
    signal_id INTEGER NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
    theme     TEXT NOT NULL,
    PRIMARY KEY (signal_id, theme)
) STRICT, WITHOUT ROWID;
)sql";

// Monthly totals of the activity log, kept beside it so a report of whole months, and a target's
// year to date, adds up a few thousand rows instead of every activity. `tally_month` lists the
// months whose totals are filled; a report fills a month the first time it needs it. Any change
// to a month's activities, their themes or referrals empties that month (the triggers), so the
// totals never disagree with the log: at worst a month is added up again from its activities.
// `month_theme_tally` counts an activity once in each of its themes (theme NULL: none).
constexpr const char* schema_v5 = R"sql(
CREATE TABLE tally_month (
    month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]')
) STRICT, WITHOUT ROWID;

CREATE TABLE month_tally (
    month                 TEXT NOT NULL,
    person_id             INTEGER NOT NULL,
    type                  TEXT NOT NULL,
    role                  TEXT,
    organisation_id       INTEGER,
    assignment_id         INTEGER,
    activities            INTEGER NOT NULL,
    minutes               INTEGER NOT NULL,
    reached               INTEGER NOT NULL,
    questions             INTEGER NOT NULL,
    reached_professionals INTEGER NOT NULL,
    referrals             INTEGER NOT NULL,
    after_hours           INTEGER NOT NULL,
    km_tenths             INTEGER NOT NULL,
    expenses_cents        INTEGER NOT NULL
) STRICT;
CREATE INDEX month_tally_month ON month_tally (month);

CREATE TABLE month_theme_tally (
    month                 TEXT NOT NULL,
    theme                 TEXT,
    person_id             INTEGER NOT NULL,
    type                  TEXT NOT NULL,
    role                  TEXT,
    organisation_id       INTEGER,
    assignment_id         INTEGER,
    activities            INTEGER NOT NULL,
    minutes               INTEGER NOT NULL,
    reached               INTEGER NOT NULL,
    questions             INTEGER NOT NULL,
    reached_professionals INTEGER NOT NULL,
    referrals             INTEGER NOT NULL,
    after_hours           INTEGER NOT NULL,
    km_tenths             INTEGER NOT NULL,
    expenses_cents        INTEGER NOT NULL
) STRICT;
CREATE INDEX month_theme_tally_month ON month_theme_tally (month);

CREATE TRIGGER tally_month_emptied AFTER DELETE ON tally_month BEGIN
    DELETE FROM month_tally WHERE month = OLD.month;
    DELETE FROM month_theme_tally WHERE month = OLD.month;
END;

CREATE TRIGGER activity_added_tally AFTER INSERT ON activity BEGIN
    DELETE FROM tally_month WHERE month = substr(NEW.date, 1, 7);
END;
CREATE TRIGGER activity_changed_tally AFTER UPDATE OF date, person_id, type, role,
    organisation_id, assignment_id, minutes, reached, questions, reached_professionals, km_tenths,
    expenses_cents, after_hours ON activity BEGIN
    DELETE FROM tally_month WHERE month IN (substr(OLD.date, 1, 7), substr(NEW.date, 1, 7));
END;
CREATE TRIGGER activity_removed_tally AFTER DELETE ON activity BEGIN
    DELETE FROM tally_month WHERE month = substr(OLD.date, 1, 7);
END;

CREATE TRIGGER activity_theme_added_tally AFTER INSERT ON activity_theme BEGIN
    DELETE FROM tally_month
    WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = NEW.activity_id);
END;
CREATE TRIGGER activity_theme_changed_tally AFTER UPDATE ON activity_theme BEGIN
    DELETE FROM tally_month WHERE month IN
        (SELECT substr(date, 1, 7) FROM activity WHERE id IN (OLD.activity_id, NEW.activity_id));
END;
CREATE TRIGGER activity_theme_removed_tally AFTER DELETE ON activity_theme BEGIN
    DELETE FROM tally_month
    WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = OLD.activity_id);
END;

CREATE TRIGGER activity_referral_added_tally AFTER INSERT ON activity_referral BEGIN
    DELETE FROM tally_month
    WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = NEW.activity_id);
END;
CREATE TRIGGER activity_referral_changed_tally AFTER UPDATE ON activity_referral BEGIN
    DELETE FROM tally_month WHERE month IN
        (SELECT substr(date, 1, 7) FROM activity WHERE id IN (OLD.activity_id, NEW.activity_id));
END;
CREATE TRIGGER activity_referral_removed_tally AFTER DELETE ON activity_referral BEGIN
    DELETE FROM tally_month
    WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = OLD.activity_id);
END;
)sql";

constexpr std::array<Migration, 5> all{
    {{1, schema_v1}, {2, schema_v2}, {3, schema_v3}, {4, schema_v4}, {5, schema_v5}}};

} // namespace

std::span<const Migration> migrations() {
    return all;
}

void apply_migrations(SQLite::Database& db, int from_version) {
    for (const Migration& step : migrations()) {
        if (step.version <= from_version)
            continue;
        SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
        db.exec(step.sql);
        db.exec(fmt::format("PRAGMA application_id = {}", application_id));
        db.exec(fmt::format("PRAGMA user_version = {}", step.version));
        tx.commit();
    }
}

std::unique_ptr<SQLite::Database> reference_schema() {
    auto reference = std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE |
                                                                        SQLite::OPEN_CREATE);
    apply_migrations(*reference, 0);
    return reference;
}

} // namespace sleutel::store
