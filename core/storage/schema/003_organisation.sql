-- Schema version 3: where the work happens and who else takes part — communities and grids,
-- venues (1+4+N), the work committee, observers, handling units, what groups are linked to,
-- the working-day calendar, and choosing deliberation representatives (两下两上).

CREATE TABLE communities (                                           -- 社区 / 村
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    kind       TEXT    NOT NULL DEFAULT 'community' CHECK (kind IN ('community', 'village')),
    address    TEXT    NOT NULL DEFAULT '',
    notes      TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

-- Each community has its electoral districts (选区); one district may span several communities.
CREATE TABLE community_districts (
    community_id INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    district_id  INTEGER NOT NULL REFERENCES electoral_districts (id),
    PRIMARY KEY (community_id, district_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX community_districts_by_district ON community_districts (district_id);

CREATE TABLE grids (                                                 -- 网格
    id               INTEGER PRIMARY KEY,
    community_id     INTEGER NOT NULL REFERENCES communities (id),
    name             TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
    leader_deputy_id INTEGER REFERENCES deputies (id),             -- 网格长 (optional)
    notes            TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    UNIQUE (community_id, name)
) STRICT;

CREATE INDEX grids_by_leader ON grids (leader_deputy_id);

-- 代表之家 (home) / 联络站 (station) / 联络点 (point) / 议事厅 (hall) / 议事堂 (chamber) /
-- 民情茶话亭 (pavilion), as a tree: one home, four stations, N points below them.
CREATE TABLE venues (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES venues (id),
    kind           TEXT    NOT NULL
                           CHECK (kind IN ('home', 'station', 'point', 'hall', 'chamber', 'pavilion')),
    name           TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    address        TEXT    NOT NULL DEFAULT '',
    community_id   INTEGER REFERENCES communities (id),
    schedule_rule  TEXT    NOT NULL DEFAULT 'none' CHECK (schedule_rule IN ('none', 'monthly', 'weekly')),
    schedule_day   INTEGER NOT NULL DEFAULT 0 CHECK (
                       (schedule_rule = 'none' AND schedule_day = 0)
                       OR (schedule_rule = 'monthly' AND schedule_day BETWEEN 1 AND 31)
                       OR (schedule_rule = 'weekly' AND schedule_day BETWEEN 1 AND 7)),
    schedule_note  TEXT    NOT NULL DEFAULT '',                    -- e.g. 9:00-11:30
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;

CREATE INDEX venues_by_parent ON venues (parent_id);

CREATE TABLE venue_deputies (                                        -- 负责代表
    venue_id  INTEGER NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    deputy_id INTEGER NOT NULL REFERENCES deputies (id),
    PRIMARY KEY (venue_id, deputy_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX venue_deputies_by_deputy ON venue_deputies (deputy_id);

CREATE TABLE committee_members (                                     -- 街道人大工委 members
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    post       TEXT    NOT NULL DEFAULT '',                        -- 主任, 副主任, 委员, 工作人员
    phone      TEXT    NOT NULL DEFAULT '',
    deputy_id  INTEGER REFERENCES deputies (id),                   -- when also a deputy
    notes      TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE observers (                                             -- 民情观察员
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    phone        TEXT    NOT NULL DEFAULT '',
    community_id INTEGER REFERENCES communities (id),
    grid_id      INTEGER REFERENCES grids (id),
    occupation   TEXT    NOT NULL DEFAULT '',
    notes        TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;

CREATE INDEX observers_by_community ON observers (community_id);

CREATE TABLE handling_units (                                        -- 承办单位
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    kind           TEXT    NOT NULL CHECK (kind IN ('street_department', 'district_department',
                                                    'community_committee', 'property_company', 'other')),
    contact_person TEXT    NOT NULL DEFAULT '',
    phone          TEXT    NOT NULL DEFAULT '',
    address        TEXT    NOT NULL DEFAULT '',
    notes          TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;

CREATE INDEX handling_units_by_kind ON handling_units (kind);

-- What a group is linked to: its committee member, home venue, communities and grids.
ALTER TABLE deputy_groups ADD COLUMN committee_member_id INTEGER REFERENCES committee_members (id);
ALTER TABLE deputy_groups ADD COLUMN home_venue_id INTEGER REFERENCES venues (id);

CREATE TABLE group_communities (
    group_id     INTEGER NOT NULL REFERENCES deputy_groups (id) ON DELETE CASCADE,
    community_id INTEGER NOT NULL REFERENCES communities (id),
    PRIMARY KEY (group_id, community_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE group_grids (
    group_id INTEGER NOT NULL REFERENCES deputy_groups (id) ON DELETE CASCADE,
    grid_id  INTEGER NOT NULL REFERENCES grids (id),
    PRIMARY KEY (group_id, grid_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX group_communities_by_community ON group_communities (community_id);
CREATE INDEX group_grids_by_grid ON group_grids (grid_id);

-- Working-day calendar: the days that differ from Monday-Friday (法定节假日 and 调休 workdays).
CREATE TABLE calendar_days (
    day  TEXT NOT NULL PRIMARY KEY CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''                                  -- 春节, 国庆节调休 ...
) STRICT, WITHOUT ROWID;

-- The State Council's holiday schedules known when this version was made (2025, 2026);
-- later years are entered by the office when they are published.
INSERT INTO calendar_days (day, kind, name) VALUES
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '春节调休'),
    ('2025-01-28', 'holiday', '春节'),
    ('2025-01-29', 'holiday', '春节'),
    ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'),
    ('2025-02-01', 'holiday', '春节'),
    ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'),
    ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '春节调休'),
    ('2025-04-04', 'holiday', '清明节'),
    ('2025-04-05', 'holiday', '清明节'),
    ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '劳动节调休'),
    ('2025-05-01', 'holiday', '劳动节'),
    ('2025-05-02', 'holiday', '劳动节'),
    ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'),
    ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'),
    ('2025-06-01', 'holiday', '端午节'),
    ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '国庆节调休'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'),
    ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'),
    ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'),
    ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'),
    ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '国庆节调休'),
    ('2026-01-01', 'holiday', '元旦'),
    ('2026-01-02', 'holiday', '元旦'),
    ('2026-01-03', 'holiday', '元旦'),
    ('2026-01-04', 'workday', '元旦调休'),
    ('2026-02-14', 'workday', '春节调休'),
    ('2026-02-15', 'holiday', '春节'),
    ('2026-02-16', 'holiday', '春节'),
    ('2026-02-17', 'holiday', '春节'),
    ('2026-02-18', 'holiday', '春节'),
    ('2026-02-19', 'holiday', '春节'),
    ('2026-02-20', 'holiday', '春节'),
    ('2026-02-21', 'holiday', '春节'),
    ('2026-02-22', 'holiday', '春节'),
    ('2026-02-23', 'holiday', '春节'),
    ('2026-02-28', 'workday', '春节调休'),
    ('2026-04-04', 'holiday', '清明节'),
    ('2026-04-05', 'holiday', '清明节'),
    ('2026-04-06', 'holiday', '清明节'),
    ('2026-05-01', 'holiday', '劳动节'),
    ('2026-05-02', 'holiday', '劳动节'),
    ('2026-05-03', 'holiday', '劳动节'),
    ('2026-05-04', 'holiday', '劳动节'),
    ('2026-05-05', 'holiday', '劳动节'),
    ('2026-05-09', 'workday', '劳动节调休'),
    ('2026-06-19', 'holiday', '端午节'),
    ('2026-06-20', 'holiday', '端午节'),
    ('2026-06-21', 'holiday', '端午节'),
    ('2026-09-20', 'workday', '国庆节调休'),
    ('2026-09-25', 'holiday', '中秋节'),
    ('2026-09-26', 'holiday', '中秋节'),
    ('2026-09-27', 'holiday', '中秋节'),
    ('2026-10-01', 'holiday', '国庆节'),
    ('2026-10-02', 'holiday', '国庆节'),
    ('2026-10-03', 'holiday', '国庆节'),
    ('2026-10-04', 'holiday', '国庆节'),
    ('2026-10-05', 'holiday', '国庆节'),
    ('2026-10-06', 'holiday', '国庆节'),
    ('2026-10-07', 'holiday', '国庆节'),
    ('2026-10-10', 'workday', '国庆节调休');

-- Choosing deliberation representatives (议事代表) in "两下两上" rounds (DOMAIN.md §6).
CREATE TABLE selection_rounds (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 80),
    seats        INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 1000),
    notice_start TEXT,                                             -- 公示 start
    notice_end   TEXT,                                             -- 3 working days later
    confirmed_at TEXT,
    notes        TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    CHECK ((notice_start IS NULL) = (notice_end IS NULL)),
    CHECK (notice_end IS NULL OR notice_end > notice_start)
) STRICT;

CREATE TABLE selection_quotas (                                      -- 名额结构
    id        INTEGER PRIMARY KEY,
    round_id  INTEGER NOT NULL REFERENCES selection_rounds (id) ON DELETE CASCADE,
    dimension TEXT    NOT NULL CHECK (dimension IN ('sector', 'party', 'community')),
    value     TEXT    NOT NULL CHECK (length(trim(value)) BETWEEN 1 AND 60),
    required  INTEGER NOT NULL CHECK (required BETWEEN 1 AND 1000),
    UNIQUE (round_id, dimension, value)
) STRICT;

CREATE TABLE nominations (                                           -- 推荐人选
    id            INTEGER PRIMARY KEY,
    round_id      INTEGER NOT NULL REFERENCES selection_rounds (id) ON DELETE CASCADE,
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    gender        TEXT    NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_date    TEXT,
    party         TEXT    NOT NULL DEFAULT '',
    sector        TEXT    NOT NULL DEFAULT '',
    work_unit     TEXT    NOT NULL DEFAULT '',
    community_id  INTEGER REFERENCES communities (id),
    phone         TEXT    NOT NULL DEFAULT '',
    id_number     TEXT    CHECK (id_number IS NULL OR length(id_number) = 18),
    nominated_by  TEXT    NOT NULL CHECK (nominated_by IN ('party_org', 'residents')),
    nominating_org TEXT   NOT NULL DEFAULT '',                     -- the party organisation
    stage         TEXT    NOT NULL DEFAULT 'nominated'
                          CHECK (stage IN ('nominated', 'preliminary_passed', 'joint_passed',
                                           'confirmed', 'rejected')),
    rejected_at_stage TEXT NOT NULL DEFAULT '',
    rejection_reason  TEXT NOT NULL DEFAULT '',
    deputy_id     INTEGER REFERENCES deputies (id),                -- set on confirmation
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CHECK (nominated_by = 'residents' OR length(trim(nominating_org)) > 0),
    CHECK (stage <> 'rejected' OR length(trim(rejection_reason)) > 0),
    CHECK (stage <> 'confirmed' OR deputy_id IS NOT NULL)
) STRICT;

CREATE INDEX nominations_by_round ON nominations (round_id, stage);

CREATE TABLE nomination_residents (                                  -- 10+ residents jointly
    nomination_id INTEGER NOT NULL REFERENCES nominations (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    address       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (nomination_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE selection_objections (                                  -- 公示期异议
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nominations (id) ON DELETE CASCADE,
    received_on   TEXT    NOT NULL,
    content       TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    outcome       TEXT    NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'upheld', 'dismissed')),
    outcome_note  TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL
) STRICT;

CREATE INDEX selection_objections_by_nomination ON selection_objections (nomination_id);
