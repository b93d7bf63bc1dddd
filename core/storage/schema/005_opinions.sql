-- Schema version 5: residents' opinions (民意诉求台账) from 群众点单 to 选民评单 — the ledger,
-- its state history, repeated raisings, supervision (督办) with the 单月公告、双月督办 topics,
-- and the formal suggestions (代表建议 / 议案) opinions are escalated to.

CREATE TABLE opinion_categories (                                    -- 类别, configurable
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 20),
    sort_order INTEGER NOT NULL DEFAULT 0,
    retired    INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))  -- kept for old opinions
) STRICT;

INSERT INTO opinion_categories (id, name, sort_order) VALUES
    (1, '民生', 1), (2, '城建', 2), (3, '交通', 3), (4, '教育', 4), (5, '医疗', 5),
    (6, '法律', 6), (7, '经济', 7), (8, '环境', 8), (9, '安全', 9), (10, '其他', 10);

CREATE TABLE opinions (
    id               INTEGER PRIMARY KEY,
    registered_on    TEXT    NOT NULL CHECK (registered_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    channel          TEXT    NOT NULL CHECK (channel IN ('reception', 'visit', 'appointment',
                                 'callback', 'online', 'hotline', 'wechat', 'meeting', 'grid', 'observer')),
    anonymous        INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1)),
    submitter_name   TEXT    NOT NULL DEFAULT '',
    submitter_phone  TEXT    NOT NULL DEFAULT '',
    community_id     INTEGER REFERENCES communities (id),
    grid_id          INTEGER REFERENCES grids (id),
    deputy_id        INTEGER REFERENCES deputies (id),              -- 接单代表
    group_id         INTEGER REFERENCES deputy_groups (id),         -- or the group
    title            TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
    content          TEXT    NOT NULL DEFAULT '',
    category_id      INTEGER NOT NULL REFERENCES opinion_categories (id),
    responsibility   TEXT    NOT NULL CHECK (responsibility IN ('community', 'street', 'government')),
    priority         TEXT    NOT NULL DEFAULT 'normal' CHECK (priority IN ('normal', 'green', 'immediate')),
    state            TEXT    NOT NULL DEFAULT 'registered' CHECK (state IN ('registered', 'accepted',
                                 'dispatched', 'in_progress', 'completed', 'feedback', 'evaluated',
                                 'archived', 'rejected', 'topic', 'escalated')),
    reject_reason    TEXT    NOT NULL DEFAULT '',                    -- set when 不予受理
    handling_unit_id INTEGER REFERENCES handling_units (id),
    dispatched_on    TEXT    NOT NULL DEFAULT '',
    deadline         TEXT    NOT NULL DEFAULT '',                    -- 办理时限, YYYY-MM-DD or ''
    result           TEXT    NOT NULL DEFAULT '',                    -- 办理结果
    reply            TEXT    NOT NULL DEFAULT '',                    -- the reply to the resident
    completed_on     TEXT    NOT NULL DEFAULT '',                    -- 办结; cleared by 退回重办
    feedback_on      TEXT    NOT NULL DEFAULT '',
    evaluation       TEXT    NOT NULL DEFAULT '' CHECK (evaluation IN ('', 'satisfied', 'basically', 'dissatisfied')),
    evaluated_on     TEXT    NOT NULL DEFAULT '',
    archived_on      TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (anonymous = 0 OR (submitter_name = '' AND submitter_phone = '')),
    CHECK (state <> 'dispatched' OR (handling_unit_id IS NOT NULL AND deadline <> ''))
) STRICT;

CREATE INDEX opinions_by_registered ON opinions (registered_on);
CREATE INDEX opinions_by_state ON opinions (state, deadline);
CREATE INDEX opinions_by_community ON opinions (community_id, registered_on);
CREATE INDEX opinions_by_grid ON opinions (grid_id, registered_on);
CREATE INDEX opinions_by_deputy ON opinions (deputy_id);
CREATE INDEX opinions_by_category ON opinions (category_id);
CREATE INDEX activity_topics_by_opinion ON activity_topics (opinion_id);

-- An archived opinion is closed: nothing changes it but reopening (a change of state, which
-- the program only makes with a reason and an audit row), and it is never deleted.
CREATE TRIGGER opinions_archived_read_only BEFORE UPDATE ON opinions
WHEN OLD.state = 'archived' AND NEW.state = 'archived'
BEGIN
    SELECT RAISE(ABORT, 'archived opinion: reopen it before changing it');
END;

CREATE TRIGGER opinions_archived_reopen_only BEFORE UPDATE ON opinions
WHEN OLD.state = 'archived' AND NEW.state <> 'archived' AND (
        NEW.title IS NOT OLD.title OR NEW.content IS NOT OLD.content
        OR NEW.registered_on IS NOT OLD.registered_on OR NEW.result IS NOT OLD.result
        OR NEW.reply IS NOT OLD.reply OR NEW.evaluation IS NOT OLD.evaluation
        OR NEW.handling_unit_id IS NOT OLD.handling_unit_id OR NEW.deadline IS NOT OLD.deadline
        OR NEW.category_id IS NOT OLD.category_id OR NEW.submitter_name IS NOT OLD.submitter_name)
BEGIN
    SELECT RAISE(ABORT, 'archived opinion: reopening changes only its state');
END;

CREATE TRIGGER opinions_archived_kept BEFORE DELETE ON opinions
WHEN OLD.state = 'archived'
BEGIN
    SELECT RAISE(ABORT, 'archived opinion: it cannot be deleted');
END;

-- Every change of state: when it was recorded, the day it happened, who, from, to, and why.
CREATE TABLE opinion_history (
    id          INTEGER PRIMARY KEY,
    opinion_id  INTEGER NOT NULL REFERENCES opinions (id) ON DELETE CASCADE,
    recorded_at TEXT    NOT NULL,                                    -- UTC timestamp
    on_date     TEXT    NOT NULL,                                    -- the day it happened
    user_name   TEXT    NOT NULL,
    from_state  TEXT    NOT NULL DEFAULT '',                         -- '' for the registration
    to_state    TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX opinion_history_by_opinion ON opinion_history (opinion_id, id);

CREATE TRIGGER opinion_history_append_only BEFORE UPDATE ON opinion_history
BEGIN
    SELECT RAISE(ABORT, 'the history of an opinion cannot be changed');
END;

-- The same concern raised again by another resident, linked instead of registered twice.
CREATE TABLE opinion_raisings (
    id              INTEGER PRIMARY KEY,
    opinion_id      INTEGER NOT NULL REFERENCES opinions (id) ON DELETE CASCADE,
    raised_on       TEXT    NOT NULL,
    channel         TEXT    NOT NULL,
    submitter_name  TEXT    NOT NULL DEFAULT '',
    submitter_phone TEXT    NOT NULL DEFAULT '',
    note            TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL
) STRICT;

CREATE INDEX opinion_raisings_by_opinion ON opinion_raisings (opinion_id);

CREATE TABLE opinion_supervisions (                                  -- 督办记录
    id         INTEGER PRIMARY KEY,
    opinion_id INTEGER NOT NULL REFERENCES opinions (id) ON DELETE CASCADE,
    on_date    TEXT    NOT NULL,
    by_whom    TEXT    NOT NULL CHECK (length(trim(by_whom)) BETWEEN 1 AND 60),
    method     TEXT    NOT NULL CHECK (method IN ('phone', 'visit', 'letter', 'meeting', 'site')),
    note       TEXT    NOT NULL DEFAULT '',
    created_at TEXT    NOT NULL
) STRICT;

CREATE INDEX opinion_supervisions_by_opinion ON opinion_supervisions (opinion_id, on_date);

CREATE TRIGGER opinion_supervisions_not_archived BEFORE INSERT ON opinion_supervisions
WHEN (SELECT state FROM opinions WHERE id = NEW.opinion_id) = 'archived'
BEGIN
    SELECT RAISE(ABORT, 'archived opinion: reopen it before changing it');
END;

-- 单月公告、双月督办: a topic announced in an odd month, its supervision session planned in the
-- following even month (an activity plan with one occurrence).
CREATE TABLE supervision_topics (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
    announced_on TEXT    NOT NULL,
    session_on   TEXT    NOT NULL,
    plan_id      INTEGER REFERENCES activity_plans (id),
    notes        TEXT    NOT NULL DEFAULT '',
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
) STRICT;

CREATE TABLE supervision_topic_opinions (
    topic_id   INTEGER NOT NULL REFERENCES supervision_topics (id) ON DELETE CASCADE,
    opinion_id INTEGER NOT NULL REFERENCES opinions (id),
    PRIMARY KEY (topic_id, opinion_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE suggestions (                                           -- 代表建议 / 议案
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL DEFAULT 'suggestion' CHECK (kind IN ('suggestion', 'motion')),
    title            TEXT    NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 100),
    number           TEXT    NOT NULL DEFAULT '',                    -- 第 12 号
    congress         TEXT    NOT NULL DEFAULT '',                    -- 区十八届人大三次会议
    submitted_on     TEXT    NOT NULL,
    handling_unit_id INTEGER REFERENCES handling_units (id),
    reply_on         TEXT    NOT NULL DEFAULT '',
    reply            TEXT    NOT NULL DEFAULT '',
    satisfaction     TEXT    NOT NULL DEFAULT '' CHECK (satisfaction IN ('', 'satisfied', 'basically', 'dissatisfied')),
    notes            TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (reply_on <> '' OR satisfaction = '')
) STRICT;

CREATE INDEX suggestions_by_submitted ON suggestions (submitted_on);

CREATE TABLE suggestion_deputies (
    suggestion_id INTEGER NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
    deputy_id     INTEGER NOT NULL REFERENCES deputies (id),
    position      INTEGER NOT NULL,
    PRIMARY KEY (suggestion_id, deputy_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE suggestion_opinions (
    suggestion_id INTEGER NOT NULL REFERENCES suggestions (id) ON DELETE CASCADE,
    opinion_id    INTEGER NOT NULL REFERENCES opinions (id),
    PRIMARY KEY (suggestion_id, opinion_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX suggestion_opinions_by_opinion ON suggestion_opinions (opinion_id);
