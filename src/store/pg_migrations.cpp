// The schema on a PostgreSQL server, step for step the SQLite schema (migrations.cpp): the same
// version numbers, the same tables, columns, keys, checks and indexes, written in PostgreSQL's
// words. Texts compare byte by byte (COLLATE "C"), as in SQLite; integers are 64-bit, as in
// SQLite; ids are given as SQLite gives them; the monthly totals' triggers are functions. Never
// edit a released step: add a new one, here and in migrations.cpp.
#include "store/pg_migrations.hpp"

#include "store/migrations.hpp"

#include <array>
#include <fmt/format.h>

namespace sleutel::store {

namespace {

constexpr const char* pg_v1 = R"sql(
CREATE TABLE sleutel_schema (
    application_id BIGINT NOT NULL,
    version        INTEGER NOT NULL
);
INSERT INTO sleutel_schema (application_id, version) VALUES (1397511244, 0);

-- Ids as SQLite gives them: the next after the highest, none lost to a transaction that was
-- rolled back, so the same commands number rows alike in both stores. A deleted row's id is
-- kept in id_counter, so it is never given again (SQLite's AUTOINCREMENT). The last id given is
-- kept for the session (Database::getLastInsertRowid). The highest id is read from the key's
-- index; one counter row updated by every insert would grow a chain of row versions that a long
-- import walks again for each row.
CREATE TABLE id_counter (
    name TEXT COLLATE "C" PRIMARY KEY,
    last BIGINT NOT NULL
);
CREATE FUNCTION next_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    highest BIGINT;
BEGIN
    IF NEW.id IS NULL THEN
        EXECUTE format('SELECT max(id) FROM %I', TG_TABLE_NAME) INTO highest;
        NEW.id := greatest(coalesce(highest, 0),
                           coalesce((SELECT last FROM id_counter WHERE name = TG_TABLE_NAME), 0))
                  + 1;
    END IF;
    PERFORM set_config('sleutel.last_id', NEW.id::text, false);
    RETURN NEW;
END $$;
CREATE FUNCTION id_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO id_counter (name, last) VALUES (TG_TABLE_NAME, OLD.id)
    ON CONFLICT (name) DO UPDATE SET last = greatest(id_counter.last, excluded.last);
    RETURN NULL;
END $$;

CREATE TABLE person (
    id              BIGINT PRIMARY KEY,
    handle          TEXT COLLATE "C" NOT NULL UNIQUE,
    name            TEXT COLLATE "C",
    municipality    TEXT COLLATE "C",
    origin          TEXT COLLATE "C",
    gender          TEXT COLLATE "C" CHECK (gender IN ('f', 'm', 'x')),
    birth_year      BIGINT CHECK (birth_year BETWEEN 1900 AND 2100),
    education       TEXT COLLATE "C",
    background      TEXT COLLATE "C",
    contract        TEXT COLLATE "C" CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    minutes_per_week BIGINT CHECK (minutes_per_week BETWEEN 0 AND 10080),
    since           TEXT COLLATE "C" CHECK (since IS NULL OR since ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    phone           TEXT COLLATE "C",
    email           TEXT COLLATE "C",
    notes           TEXT COLLATE "C",
    status          TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'left')),
    forgotten       BIGINT NOT NULL DEFAULT 0 CHECK (forgotten IN (0, 1)),
    created_at      TEXT COLLATE "C" NOT NULL
);

CREATE TABLE person_language (
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    code      TEXT COLLATE "C" NOT NULL,
    level     TEXT COLLATE "C" NOT NULL CHECK (level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native')),
    PRIMARY KEY (person_id, code)
);

CREATE TABLE person_status (
    id        BIGINT PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status    TEXT COLLATE "C" NOT NULL CHECK (status IN ('active', 'paused', 'left')),
    since     TEXT COLLATE "C" NOT NULL
);
CREATE INDEX person_status_person ON person_status (person_id, since);

CREATE TABLE organisation (
    id           BIGINT PRIMARY KEY,
    handle       TEXT COLLATE "C" NOT NULL UNIQUE,
    name         TEXT COLLATE "C" NOT NULL,
    type         TEXT COLLATE "C" NOT NULL,
    municipality TEXT COLLATE "C",
    contact      TEXT COLLATE "C",
    created_at   TEXT COLLATE "C" NOT NULL
);

CREATE TABLE assignment (
    id               BIGINT PRIMARY KEY,
    person_id        BIGINT NOT NULL REFERENCES person (id),
    organisation_id  BIGINT NOT NULL REFERENCES organisation (id),
    role             TEXT COLLATE "C" NOT NULL,
    minutes_per_week BIGINT NOT NULL DEFAULT 0 CHECK (minutes_per_week BETWEEN 0 AND 10080),
    from_date        TEXT COLLATE "C" NOT NULL,
    until_date       TEXT COLLATE "C" CHECK (until_date IS NULL OR until_date >= from_date),
    contract         TEXT COLLATE "C" CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    supervisor       TEXT COLLATE "C",
    scope            TEXT COLLATE "C" NOT NULL DEFAULT 'local' CHECK (scope IN ('local', 'regional')),
    created_at       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX assignment_person ON assignment (person_id, from_date);
CREATE INDEX assignment_organisation ON assignment (organisation_id);

CREATE TABLE activity (
    id              BIGINT PRIMARY KEY,
    date            TEXT COLLATE "C" NOT NULL CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    time            TEXT COLLATE "C" CHECK (time IS NULL OR time ~ '^[0-2][0-9]:[0-5][0-9]$'),
    person_id       BIGINT NOT NULL REFERENCES person (id),
    type            TEXT COLLATE "C" NOT NULL,
    role            TEXT COLLATE "C",
    organisation_id BIGINT REFERENCES organisation (id),
    assignment_id   BIGINT REFERENCES assignment (id),
    minutes         BIGINT NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    reached         BIGINT NOT NULL DEFAULT 0 CHECK (reached >= 0),
    km_tenths       BIGINT NOT NULL DEFAULT 0 CHECK (km_tenths >= 0),
    expenses_cents  BIGINT NOT NULL DEFAULT 0 CHECK (expenses_cents >= 0),
    after_hours     BIGINT NOT NULL DEFAULT 0 CHECK (after_hours IN (0, 1)),
    ref             TEXT COLLATE "C" UNIQUE,
    note            TEXT COLLATE "C" CHECK (note IS NULL OR length(note) <= 500),
    created_at      TEXT COLLATE "C" NOT NULL
);
CREATE INDEX activity_date ON activity (date);
CREATE INDEX activity_person_date ON activity (person_id, date);

CREATE TABLE activity_theme (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    theme       TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (activity_id, theme)
);
CREATE INDEX activity_theme_theme ON activity_theme (theme);

CREATE TABLE activity_referral (
    activity_id BIGINT NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    target      TEXT COLLATE "C" NOT NULL,
    count       BIGINT NOT NULL CHECK (count > 0),
    PRIMARY KEY (activity_id, target)
);
CREATE INDEX activity_referral_target ON activity_referral (target);

CREATE TABLE training (
    id           BIGINT PRIMARY KEY,
    person_id    BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name         TEXT COLLATE "C" NOT NULL,
    completed_on TEXT COLLATE "C"
);
CREATE INDEX training_person ON training (person_id);

CREATE TABLE goal (
    id         BIGINT PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    text       TEXT COLLATE "C" NOT NULL,
    due        TEXT COLLATE "C",
    done_on    TEXT COLLATE "C",
    created_on TEXT COLLATE "C" NOT NULL
);
CREATE INDEX goal_person ON goal (person_id);

CREATE TABLE audit (
    id        BIGINT PRIMARY KEY,
    at        TEXT COLLATE "C" NOT NULL,
    os_user   TEXT COLLATE "C" NOT NULL,
    command   TEXT COLLATE "C" NOT NULL,
    entity    TEXT COLLATE "C" NOT NULL,
    entity_id TEXT COLLATE "C" NOT NULL,
    action    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX audit_at ON audit (at);

CREATE TRIGGER person_id BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER person_id_deleted AFTER DELETE ON person FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER person_status_id BEFORE INSERT ON person_status FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER person_status_id_deleted AFTER DELETE ON person_status FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER organisation_id BEFORE INSERT ON organisation FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER organisation_id_deleted AFTER DELETE ON organisation FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER assignment_id BEFORE INSERT ON assignment FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER assignment_id_deleted AFTER DELETE ON assignment FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER activity_id BEFORE INSERT ON activity FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER activity_id_deleted AFTER DELETE ON activity FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER training_id BEFORE INSERT ON training FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER training_id_deleted AFTER DELETE ON training FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER goal_id BEFORE INSERT ON goal FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER goal_id_deleted AFTER DELETE ON goal FOR EACH ROW EXECUTE FUNCTION id_deleted();
CREATE TRIGGER audit_id BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER audit_id_deleted AFTER DELETE ON audit FOR EACH ROW EXECUTE FUNCTION id_deleted();
)sql";

constexpr const char* pg_v2 = R"sql(
CREATE INDEX activity_date_person ON activity (date, person_id, minutes, km_tenths, after_hours);
)sql";

constexpr const char* pg_v3 = R"sql(
CREATE TABLE agreement (
    id                    BIGINT PRIMARY KEY,
    person_id             BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    from_date             TEXT COLLATE "C" NOT NULL CHECK (from_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    contract              TEXT COLLATE "C" CHECK (contract IN ('volunteer', 'employed', 'internship', 'freelance')),
    minutes_per_week      BIGINT CHECK (minutes_per_week BETWEEN 0 AND 10080),
    allowance             TEXT COLLATE "C" NOT NULL DEFAULT 'legal'
                          CHECK (allowance IN ('legal', 'none', 'hour', 'month', 'activity')),
    allowance_cents       BIGINT NOT NULL DEFAULT 0 CHECK (allowance_cents >= 0),
    available_minutes     BIGINT CHECK (available_minutes BETWEEN 0 AND 10080),
    reachable             TEXT COLLATE "C",
    benefit               BIGINT NOT NULL DEFAULT 0 CHECK (benefit IN (0, 1)),
    other_allowance_cents BIGINT NOT NULL DEFAULT 0 CHECK (other_allowance_cents >= 0),
    given                 BIGINT NOT NULL DEFAULT 0,
    created_at            TEXT COLLATE "C" NOT NULL,
    UNIQUE (person_id, from_date)
);

INSERT INTO agreement (person_id, from_date, contract, minutes_per_week, given, created_at)
SELECT p.id,
       least(coalesce(p.since, '9999-12-31'),
             coalesce((SELECT min(a.from_date) FROM assignment a WHERE a.person_id = p.id), '9999-12-31'),
             coalesce((SELECT min(x.date) FROM activity x WHERE x.person_id = p.id), '9999-12-31'),
             substr(p.created_at, 1, 10)),
       p.contract, p.minutes_per_week,
       (p.contract IS NOT NULL)::int + 2 * (p.minutes_per_week IS NOT NULL)::int, p.created_at
FROM person p;

CREATE TABLE age_band (
    person_id       BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    year            BIGINT NOT NULL,
    under_21        BIGINT NOT NULL CHECK (under_21 IN (0, 1)),
    turned_21_month BIGINT CHECK (turned_21_month BETWEEN 1 AND 12),
    minutes_before  BIGINT CHECK (minutes_before >= 0),
    PRIMARY KEY (person_id, year)
);

ALTER TABLE assignment ADD COLUMN until_known_on TEXT COLLATE "C"
    CHECK (until_known_on IS NULL OR until_known_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

ALTER TABLE person ADD COLUMN birth_date TEXT COLLATE "C"
    CHECK (birth_date IS NULL OR birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

CREATE INDEX activity_type_person_date ON activity (type, person_id, date);
CREATE TRIGGER agreement_id BEFORE INSERT ON agreement FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER agreement_id_deleted AFTER DELETE ON agreement FOR EACH ROW EXECUTE FUNCTION id_deleted();
)sql";

constexpr const char* pg_v4 = R"sql(
ALTER TABLE activity ADD COLUMN questions BIGINT NOT NULL DEFAULT 0 CHECK (questions >= 0);
ALTER TABLE activity ADD COLUMN reached_professionals BIGINT NOT NULL DEFAULT 0
    CHECK (reached_professionals >= 0);
ALTER TABLE assignment ADD COLUMN funding TEXT COLLATE "C";

CREATE TABLE signal (
    id              BIGINT PRIMARY KEY,
    date            TEXT COLLATE "C" NOT NULL CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    person_id       BIGINT REFERENCES person (id),
    text            TEXT COLLATE "C" NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    organisation_id BIGINT REFERENCES organisation (id),
    forwarded_on    TEXT COLLATE "C" CHECK (forwarded_on IS NULL OR forwarded_on >= date),
    answer          TEXT COLLATE "C" CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 1000),
    answered_on     TEXT COLLATE "C" CHECK (answered_on IS NULL OR answered_on >= date),
    closed_on       TEXT COLLATE "C" CHECK (closed_on IS NULL OR closed_on >= date),
    created_at      TEXT COLLATE "C" NOT NULL,
    CHECK ((answer IS NULL) = (answered_on IS NULL)),
    CHECK ((organisation_id IS NULL) = (forwarded_on IS NULL))
);
CREATE INDEX signal_date ON signal (date);
CREATE INDEX signal_person ON signal (person_id, date);

CREATE TABLE signal_theme (
    signal_id BIGINT NOT NULL REFERENCES signal (id) ON DELETE CASCADE,
    theme     TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (signal_id, theme)
);
CREATE TRIGGER signal_id BEFORE INSERT ON signal FOR EACH ROW EXECUTE FUNCTION next_id();
CREATE TRIGGER signal_id_deleted AFTER DELETE ON signal FOR EACH ROW EXECUTE FUNCTION id_deleted();
)sql";

constexpr const char* pg_v5 = R"sql(
CREATE TABLE tally_month (
    month TEXT COLLATE "C" PRIMARY KEY CHECK (month ~ '^[0-9]{4}-[0-9]{2}$')
);

CREATE TABLE month_tally (
    month                 TEXT COLLATE "C" NOT NULL,
    person_id             BIGINT NOT NULL,
    type                  TEXT COLLATE "C" NOT NULL,
    role                  TEXT COLLATE "C",
    organisation_id       BIGINT,
    assignment_id         BIGINT,
    activities            BIGINT NOT NULL,
    minutes               BIGINT NOT NULL,
    reached               BIGINT NOT NULL,
    questions             BIGINT NOT NULL,
    reached_professionals BIGINT NOT NULL,
    referrals             BIGINT NOT NULL,
    after_hours           BIGINT NOT NULL,
    km_tenths             BIGINT NOT NULL,
    expenses_cents        BIGINT NOT NULL
);
CREATE INDEX month_tally_month ON month_tally (month);

CREATE TABLE month_theme_tally (
    month                 TEXT COLLATE "C" NOT NULL,
    theme                 TEXT COLLATE "C",
    person_id             BIGINT NOT NULL,
    type                  TEXT COLLATE "C" NOT NULL,
    role                  TEXT COLLATE "C",
    organisation_id       BIGINT,
    assignment_id         BIGINT,
    activities            BIGINT NOT NULL,
    minutes               BIGINT NOT NULL,
    reached               BIGINT NOT NULL,
    questions             BIGINT NOT NULL,
    reached_professionals BIGINT NOT NULL,
    referrals             BIGINT NOT NULL,
    after_hours           BIGINT NOT NULL,
    km_tenths             BIGINT NOT NULL,
    expenses_cents        BIGINT NOT NULL
);
CREATE INDEX month_theme_tally_month ON month_theme_tally (month);

CREATE FUNCTION tally_month_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM month_tally WHERE month = OLD.month;
    DELETE FROM month_theme_tally WHERE month = OLD.month;
    RETURN NULL;
END $$;
CREATE TRIGGER tally_month_emptied AFTER DELETE ON tally_month
    FOR EACH ROW EXECUTE FUNCTION tally_month_emptied();

CREATE FUNCTION activity_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM tally_month WHERE month = substr(OLD.date, 1, 7);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        DELETE FROM tally_month WHERE month = substr(NEW.date, 1, 7);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER activity_added_tally AFTER INSERT ON activity
    FOR EACH ROW EXECUTE FUNCTION activity_tally();
CREATE TRIGGER activity_changed_tally AFTER UPDATE OF date, person_id, type, role,
    organisation_id, assignment_id, minutes, reached, questions, reached_professionals, km_tenths,
    expenses_cents, after_hours ON activity
    FOR EACH ROW EXECUTE FUNCTION activity_tally();
CREATE TRIGGER activity_removed_tally AFTER DELETE ON activity
    FOR EACH ROW EXECUTE FUNCTION activity_tally();

-- Themes and referrals: the month of their activity.
CREATE FUNCTION activity_detail_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM tally_month
        WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = OLD.activity_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        DELETE FROM tally_month
        WHERE month = (SELECT substr(date, 1, 7) FROM activity WHERE id = NEW.activity_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER activity_theme_added_tally AFTER INSERT ON activity_theme
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
CREATE TRIGGER activity_theme_changed_tally AFTER UPDATE ON activity_theme
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
CREATE TRIGGER activity_theme_removed_tally AFTER DELETE ON activity_theme
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
CREATE TRIGGER activity_referral_added_tally AFTER INSERT ON activity_referral
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
CREATE TRIGGER activity_referral_changed_tally AFTER UPDATE ON activity_referral
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
CREATE TRIGGER activity_referral_removed_tally AFTER DELETE ON activity_referral
    FOR EACH ROW EXECUTE FUNCTION activity_detail_tally();
)sql";

constexpr std::array<Migration, 5> all{
    {{1, pg_v1}, {2, pg_v2}, {3, pg_v3}, {4, pg_v4}, {5, pg_v5}}};

} // namespace

std::span<const Migration> server_migrations() {
    return all;
}

int server_schema_version(sql::Database& db) {
    sql::Statement q(db, "SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name = 'sleutel_schema'");
    q.executeStep();
    if (q.getColumn(0).getInt64() == 0)
        return 0;
    sql::Statement v(db, "SELECT application_id, version FROM sleutel_schema");
    if (!v.executeStep() || v.getColumn(0).getInt64() != application_id)
        return -1;
    return v.getColumn(1).getInt();
}

bool server_schema_empty(sql::Database& db) {
    sql::Statement q(db, "SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema()");
    q.executeStep();
    return q.getColumn(0).getInt64() == 0;
}

void apply_server_migrations(sql::Database& db, int target) {
    for (const Migration& step : server_migrations()) {
        if (step.version > target)
            break;
        sql::Transaction tx(db, sql::Intent::write);
        // Two programs opening a new server at once: the second waits here, then finds the step
        // done.
        db.exec("SELECT pg_advisory_xact_lock(1397511244)");
        if (server_schema_version(db) >= step.version)
            continue;
        db.exec(step.sql);
        db.exec(fmt::format("UPDATE sleutel_schema SET version = {}", step.version));
        tx.commit();
    }
}

} // namespace sleutel::store
