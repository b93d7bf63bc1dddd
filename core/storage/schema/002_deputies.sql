-- Schema version 2: deputies (人大代表, 议事代表, 议政代表) and their electoral districts.

CREATE TABLE electoral_districts (                                   -- 选区
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE deputies (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    name_pinyin           TEXT    NOT NULL DEFAULT '',   -- zhangsan, for search
    name_initials         TEXT    NOT NULL DEFAULT '',   -- zs, for search
    gender                TEXT    NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')),
    birth_date            TEXT    CHECK (birth_date IS NULL
                                         OR birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    ethnicity             TEXT    NOT NULL DEFAULT '',   -- 民族
    party                 TEXT    NOT NULL DEFAULT '',   -- 政治面貌
    education             TEXT    NOT NULL DEFAULT '',   -- 学历
    work_unit             TEXT    NOT NULL DEFAULT '',   -- 工作单位及职务
    sector                TEXT    NOT NULL DEFAULT '',   -- 界别
    kind                  TEXT    NOT NULL CHECK (kind IN ('congress', 'deliberation', 'consultation')),
    electoral_district_id INTEGER REFERENCES electoral_districts (id),
    term                  TEXT    NOT NULL DEFAULT '',   -- 届别, e.g. 第十八届
    phone                 TEXT    NOT NULL DEFAULT '',
    id_number             TEXT    CHECK (id_number IS NULL OR length(id_number) = 18),
    expertise             TEXT    NOT NULL DEFAULT '',   -- 擅长领域, separated by 、
    status                TEXT    NOT NULL DEFAULT 'serving' CHECK (status IN ('serving', 'retired')),
    status_date           TEXT,                           -- 离任日期
    photo                 BLOB,
    notes                 TEXT    NOT NULL DEFAULT '',
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    CHECK (status = 'serving' OR status_date IS NOT NULL)
) STRICT;

CREATE UNIQUE INDEX deputies_by_id_number ON deputies (id_number) WHERE id_number IS NOT NULL;
CREATE INDEX deputies_by_pinyin ON deputies (name_pinyin);
CREATE INDEX deputies_by_initials ON deputies (name_initials);
CREATE INDEX deputies_by_kind_status ON deputies (kind, status);
CREATE INDEX deputies_by_district ON deputies (electoral_district_id);

-- Congress levels a deputy sits at (a deputy may be one at several levels).
CREATE TABLE deputy_levels (
    deputy_id INTEGER NOT NULL REFERENCES deputies (id) ON DELETE CASCADE,
    level     TEXT    NOT NULL CHECK (level IN ('national', 'provincial', 'city', 'district', 'township')),
    PRIMARY KEY (deputy_id, level)
) STRICT, WITHOUT ROWID;

CREATE INDEX deputy_levels_by_level ON deputy_levels (level, deputy_id);

-- Deputy groups (代表小组 / 代表团 / 专业代表小组 / 行动组 / 议事小组) and who is in them.
CREATE TABLE deputy_groups (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    kind              TEXT    NOT NULL DEFAULT 'group'
                              CHECK (kind IN ('group', 'delegation', 'specialist', 'action', 'deliberation')),
    specialty         TEXT    NOT NULL DEFAULT '',   -- 政策咨询, 法律服务, 医疗教育, 生活保障 ...
    brand             TEXT    NOT NULL DEFAULT '',   -- 品牌, e.g. 向阳有约·代表行
    brand_description TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
) STRICT;

CREATE TABLE group_members (
    group_id  INTEGER NOT NULL REFERENCES deputy_groups (id) ON DELETE CASCADE,
    deputy_id INTEGER NOT NULL REFERENCES deputies (id),
    role      TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'vice_leader', 'member')),
    PRIMARY KEY (group_id, deputy_id)
) STRICT, WITHOUT ROWID;

-- One leader (组长) per group.
CREATE UNIQUE INDEX group_members_one_leader ON group_members (group_id) WHERE role = 'leader';
CREATE INDEX group_members_by_deputy ON group_members (deputy_id);
