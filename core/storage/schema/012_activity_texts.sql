-- Schema version 12: a meeting's minutes (会议纪要) and decisions (议定事项) are kept in a table of
-- their own, activity_texts, one row for each activity that has either; activities keeps the
-- short columns every list, count and report reads.
-- Real minutes run to thousands of characters, more than a page of the file: stored in the
-- activity's row they spread a year of activities over thousands of pages, and, written before
-- plan_id and plan_date, had SQLite follow each row's overflow pages to reach those. A copy of
-- a district's file with minutes of some 6,000 characters for two years read a year's list
-- (10,000 rows) in 1.3 s from disk (25 ms once in memory); upgraded, in 19 ms (11-16 ms).
--
-- SQLite cannot drop columns and keep the table's rows packed: the table is made again, copied
-- and renamed as in version 8 (foreign keys off around it, checked before the commit), then
-- its indexes are made again. No trigger or view reads activities.

CREATE TABLE activity_texts (
    activity_id INTEGER PRIMARY KEY REFERENCES activities (id) ON DELETE CASCADE,
    minutes     TEXT    NOT NULL DEFAULT '',                      -- 会议纪要, HTML
    decisions   TEXT    NOT NULL DEFAULT '',                      -- 议定事项, plain text
    CHECK (minutes <> '' OR decisions <> '')
) STRICT;

INSERT INTO activity_texts (activity_id, minutes, decisions)
    SELECT id, minutes, decisions FROM activities WHERE minutes <> '' OR decisions <> '';

CREATE TABLE activities_v12 (
    id              INTEGER PRIMARY KEY,
    kind_id         INTEGER NOT NULL REFERENCES activity_kinds (id),
    title           TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
    starts_at       TEXT    NOT NULL CHECK (starts_at GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]'),
    ends_at         TEXT    NOT NULL DEFAULT '',                      -- HH:MM or ''
    venue_id        INTEGER REFERENCES venues (id),
    place           TEXT    NOT NULL DEFAULT '',                      -- when not one of the venues
    organiser       TEXT    NOT NULL DEFAULT '',
    group_id        INTEGER REFERENCES deputy_groups (id),
    community_id    INTEGER REFERENCES communities (id),
    host            TEXT    NOT NULL DEFAULT '',                      -- 主持人
    residents_count INTEGER NOT NULL DEFAULT 0 CHECK (residents_count BETWEEN 0 AND 100000),
    plan_id         INTEGER REFERENCES activity_plans (id),
    plan_date       TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK ((plan_id IS NULL) = (plan_date = ''))
) STRICT;

INSERT INTO activities_v12 (id, kind_id, title, starts_at, ends_at, venue_id, place, organiser,
                            group_id, community_id, host, residents_count, plan_id, plan_date,
                            created_at, updated_at)
    SELECT id, kind_id, title, starts_at, ends_at, venue_id, place, organiser, group_id,
           community_id, host, residents_count, plan_id, plan_date, created_at, updated_at
    FROM activities ORDER BY id;
DROP TABLE activities;
ALTER TABLE activities_v12 RENAME TO activities;

-- The indexes of version 4, unchanged.
CREATE INDEX activities_by_start ON activities (starts_at);
CREATE INDEX activities_by_kind ON activities (kind_id, starts_at);
CREATE INDEX activities_by_group ON activities (group_id, starts_at);
CREATE INDEX activities_by_venue ON activities (venue_id);
CREATE INDEX activities_by_community ON activities (community_id);
CREATE UNIQUE INDEX activities_one_per_occurrence ON activities (plan_id, plan_date)
    WHERE plan_id IS NOT NULL;
