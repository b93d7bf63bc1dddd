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
