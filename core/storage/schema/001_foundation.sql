-- Schema version 1: the office, its users, and the append-only audit log.
-- Every table is STRICT; CHECK constraints hold what must always be true.

CREATE TABLE office (
    id            INTEGER PRIMARY KEY CHECK (id = 1),          -- exactly one row
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    district      TEXT    NOT NULL DEFAULT '' CHECK (length(district) <= 40),
    city          TEXT    NOT NULL DEFAULT '' CHECK (length(city) <= 40),
    congress_term INTEGER NOT NULL CHECK (congress_term BETWEEN 1 AND 99),   -- 届次
    work_year     INTEGER NOT NULL CHECK (work_year BETWEEN 1990 AND 2100),  -- 工作年度
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(login) BETWEEN 1 AND 40),
    display_name TEXT    NOT NULL DEFAULT '',
    role         TEXT    NOT NULL CHECK (role IN ('admin', 'chair', 'clerk', 'viewer')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at   TEXT    NOT NULL
) STRICT;

-- Who did what, when, to which row, with the row before and after as JSON.
-- Written in the same transaction as the change it records.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    user_id     INTEGER REFERENCES users (id),
    user_login  TEXT    NOT NULL,
    action      TEXT    NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
    table_name  TEXT    NOT NULL DEFAULT '',
    row_id      INTEGER,
    -- a JSON object; json_valid() would be refused here under trusted_schema=OFF
    before_json TEXT    CHECK (before_json IS NULL OR substr(before_json, 1, 1) = '{'),
    after_json  TEXT    CHECK (after_json IS NULL OR substr(after_json, 1, 1) = '{')
) STRICT;

CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_by_time ON audit_log (at);
CREATE INDEX audit_log_by_user ON audit_log (user_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
