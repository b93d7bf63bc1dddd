-- Schema version 4: activities and meetings — the configurable kinds with their minutes
-- headings and three-phase checklists, attendance, other participants, topics, minutes,
-- action items (落实事项), and recurring plans that put planned entries on the calendar.

CREATE TABLE activity_kinds (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 30),
    headings   TEXT    NOT NULL DEFAULT '',        -- the minutes' standard headings, one per line
    sort_order INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)), -- kept for old records
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

-- The checklist of each kind: what is done before, during and after the meeting (seed 002).
CREATE TABLE activity_kind_steps (
    id         INTEGER PRIMARY KEY,
    kind_id    INTEGER NOT NULL REFERENCES activity_kinds (id) ON DELETE CASCADE,
    phase      TEXT    NOT NULL CHECK (phase IN ('before', 'during', 'after')),
    label      TEXT    NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 60),
    sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX activity_kind_steps_by_kind ON activity_kind_steps (kind_id, phase, sort_order);

-- Recurring plans: 小区协商会 quarterly, 代表接待日 monthly on the 10th, ... Their occurrences
-- are computed, not stored; an activity recorded for an occurrence carries plan_id/plan_date.
CREATE TABLE activity_plans (
    id         INTEGER PRIMARY KEY,
    kind_id    INTEGER NOT NULL REFERENCES activity_kinds (id),
    title      TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
    rule       TEXT    NOT NULL CHECK (rule IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
    month      INTEGER NOT NULL DEFAULT 1 CHECK (month BETWEEN 1 AND 12), -- month within the period
    day        INTEGER NOT NULL DEFAULT 1 CHECK (day BETWEEN 1 AND 31),   -- last day if shorter
    time       TEXT    NOT NULL DEFAULT '09:00' CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
    group_id   INTEGER REFERENCES deputy_groups (id),
    venue_id   INTEGER REFERENCES venues (id),
    first_day  TEXT    NOT NULL,                                      -- no occurrence before
    last_day   TEXT    NOT NULL DEFAULT '',                           -- '' = open-ended
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;

CREATE TABLE activities (
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
    minutes         TEXT    NOT NULL DEFAULT '',                      -- 会议纪要, HTML
    decisions       TEXT    NOT NULL DEFAULT '',                      -- 议定事项, plain text
    plan_id         INTEGER REFERENCES activity_plans (id),
    plan_date       TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK ((plan_id IS NULL) = (plan_date = ''))
) STRICT;

CREATE INDEX activities_by_start ON activities (starts_at);
CREATE INDEX activities_by_kind ON activities (kind_id, starts_at);
CREATE INDEX activities_by_group ON activities (group_id, starts_at);
CREATE INDEX activities_by_venue ON activities (venue_id);
CREATE INDEX activities_by_community ON activities (community_id);
CREATE UNIQUE INDEX activities_one_per_occurrence ON activities (plan_id, plan_date)
    WHERE plan_id IS NOT NULL;

CREATE TABLE activity_attendees (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    deputy_id   INTEGER NOT NULL REFERENCES deputies (id),
    position    INTEGER NOT NULL DEFAULT 0,                           -- order on the sign-in sheet
    status      TEXT    NOT NULL DEFAULT 'present' CHECK (status IN ('present', 'leave', 'absent')),
    reason      TEXT    NOT NULL DEFAULT '',                          -- 请假事由
    PRIMARY KEY (activity_id, deputy_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX activity_attendees_by_deputy ON activity_attendees (deputy_id, status);

-- Other participants by organisation: departments, property companies, residents' groups.
CREATE TABLE activity_participants (
    id           INTEGER PRIMARY KEY,
    activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    organisation TEXT    NOT NULL CHECK (length(trim(organisation)) BETWEEN 1 AND 60),
    people       INTEGER NOT NULL DEFAULT 1 CHECK (people BETWEEN 1 AND 10000)
) STRICT;

CREATE INDEX activity_participants_by_activity ON activity_participants (activity_id);

CREATE TABLE activity_topics (                                       -- 议题
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
    opinion_id  INTEGER                                              -- a resident's opinion, later
) STRICT;

CREATE INDEX activity_topics_by_activity ON activity_topics (activity_id, position);

CREATE TABLE action_items (                                          -- 落实事项
    id              INTEGER PRIMARY KEY,
    activity_id     INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    what            TEXT    NOT NULL CHECK (length(trim(what)) BETWEEN 1 AND 500),
    responsible     TEXT    NOT NULL DEFAULT '',                      -- unit or person
    deadline        TEXT    NOT NULL DEFAULT '',                      -- YYYY-MM-DD or ''
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    completion_note TEXT    NOT NULL DEFAULT '',
    completed_on    TEXT    NOT NULL DEFAULT '',
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE INDEX action_items_by_activity ON action_items (activity_id, position);
CREATE INDEX action_items_by_status ON action_items (status, deadline);

CREATE TABLE activity_steps_done (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    step_id     INTEGER NOT NULL REFERENCES activity_kind_steps (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, step_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX activity_steps_done_by_step ON activity_steps_done (step_id);

-- The kinds of DOMAIN.md §2, with headings and checklists an office can change.
INSERT INTO activity_kinds (id, name, headings, sort_order, created_at, updated_at) VALUES
    (1,  '板凳议事会',     '会议概况' || char(10) || '议题' || char(10) || '讨论情况' || char(10) || '议定事项' || char(10) || '落实安排', 1,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (2,  '小区协商会',     '会议概况' || char(10) || '协商议题' || char(10) || '各方意见' || char(10) || '协商结果' || char(10) || '落实安排', 2,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (3,  '选民评单会',     '会议概况' || char(10) || '办理情况通报' || char(10) || '选民评议' || char(10) || '测评结果' || char(10) || '整改要求', 3,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (4,  '议事代表大会',   '会议概况' || char(10) || '听取报告' || char(10) || '分组讨论' || char(10) || '表决事项' || char(10) || '意见建议', 4,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (5,  '小组活动',       '活动概况' || char(10) || '活动内容' || char(10) || '收集的意见建议' || char(10) || '下一步安排', 5,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (6,  '代表接待选民日', '接待概况' || char(10) || '选民反映的问题' || char(10) || '答复与转办', 6,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (7,  '督办活动',       '督办事项' || char(10) || '办理单位汇报' || char(10) || '代表意见' || char(10) || '督办要求', 7,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (8,  '视察调研',       '视察调研概况' || char(10) || '发现的问题' || char(10) || '意见建议', 8,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (9,  '专题询问与评议', '评议对象' || char(10) || '询问与答复' || char(10) || '评议意见' || char(10) || '测评结果', 9,  strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (10, '述职',           '述职代表' || char(10) || '述职内容' || char(10) || '选民评议', 10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (11, '学习培训',       '培训主题' || char(10) || '主讲人' || char(10) || '学习内容' || char(10) || '学习体会', 11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (12, '走访选民',       '走访对象' || char(10) || '了解的情况' || char(10) || '收集的意见建议', 12, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    (13, '志愿服务',       '服务内容' || char(10) || '服务对象' || char(10) || '服务成效', 13, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

-- Meetings (kinds 1-4, 7, 9) follow the before / during / after flow of seed 002; the other
-- kinds get a short plan / do / file list.
INSERT INTO activity_kind_steps (kind_id, phase, label, sort_order)
SELECT k.id, s.phase, s.label, s.sort_order
FROM activity_kinds AS k
JOIN (SELECT 'before' AS phase, '确定会议日期' AS label, 1 AS sort_order
      UNION ALL SELECT 'before', '拟定会议议程', 2
      UNION ALL SELECT 'before', '确定参加人员并通知', 3
      UNION ALL SELECT 'before', '开展实地调研', 4
      UNION ALL SELECT 'during', '听取工作报告', 5
      UNION ALL SELECT 'during', '开展分组讨论', 6
      UNION ALL SELECT 'during', '汇总意见建议', 7
      UNION ALL SELECT 'after', '交办意见建议', 8
      UNION ALL SELECT 'after', '整理会议资料归档', 9) AS s
WHERE k.id IN (1, 2, 3, 4, 7, 9);

INSERT INTO activity_kind_steps (kind_id, phase, label, sort_order)
SELECT k.id, s.phase, s.label, s.sort_order
FROM activity_kinds AS k
JOIN (SELECT 'before' AS phase, '确定时间地点和人员' AS label, 1 AS sort_order
      UNION ALL SELECT 'during', '开展活动并记录', 2
      UNION ALL SELECT 'after', '整理意见建议', 3
      UNION ALL SELECT 'after', '资料归档', 4) AS s
WHERE k.id NOT IN (1, 2, 3, 4, 7, 9);
