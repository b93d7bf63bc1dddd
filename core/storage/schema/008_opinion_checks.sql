-- Schema version 8: the opinions table's CHECK constraints compare with each allowed value in
-- turn instead of `IN (...)`. SQLite builds a temporary table for an IN list of more than two
-- values every time a statement checks the constraint: that was half of the work of inserting
-- an opinion (an import of 10,000 rows built 50,000 temporary tables). Same rules, same data.
--
-- SQLite cannot change a CHECK constraint in place: the table is made again, copied and
-- renamed (its "12 steps"; the migrator switches foreign keys off around it and runs
-- foreign_key_check before it commits), then its indexes and triggers are made again. The
-- trigger on opinion_supervisions reads opinions, so it is dropped while the table is missing.

DROP TRIGGER opinion_supervisions_not_archived;

CREATE TABLE opinions_v8 (
    id               INTEGER PRIMARY KEY,
    registered_on    TEXT    NOT NULL CHECK (registered_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    channel          TEXT    NOT NULL CHECK (channel = 'reception' OR channel = 'visit'
                                 OR channel = 'appointment' OR channel = 'callback'
                                 OR channel = 'online' OR channel = 'hotline' OR channel = 'wechat'
                                 OR channel = 'meeting' OR channel = 'grid' OR channel = 'observer'),
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
    responsibility   TEXT    NOT NULL CHECK (responsibility = 'community'
                                 OR responsibility = 'street' OR responsibility = 'government'),
    priority         TEXT    NOT NULL DEFAULT 'normal' CHECK (priority = 'normal'
                                 OR priority = 'green' OR priority = 'immediate'),
    state            TEXT    NOT NULL DEFAULT 'registered' CHECK (state = 'registered'
                                 OR state = 'accepted' OR state = 'dispatched'
                                 OR state = 'in_progress' OR state = 'completed'
                                 OR state = 'feedback' OR state = 'evaluated'
                                 OR state = 'archived' OR state = 'rejected' OR state = 'topic'
                                 OR state = 'escalated'),
    reject_reason    TEXT    NOT NULL DEFAULT '',                    -- set when 不予受理
    handling_unit_id INTEGER REFERENCES handling_units (id),
    dispatched_on    TEXT    NOT NULL DEFAULT '',
    deadline         TEXT    NOT NULL DEFAULT '',                    -- 办理时限, YYYY-MM-DD or ''
    result           TEXT    NOT NULL DEFAULT '',                    -- 办理结果
    reply            TEXT    NOT NULL DEFAULT '',                    -- the reply to the resident
    completed_on     TEXT    NOT NULL DEFAULT '',                    -- 办结; cleared by 退回重办
    feedback_on      TEXT    NOT NULL DEFAULT '',
    evaluation       TEXT    NOT NULL DEFAULT '' CHECK (evaluation = '' OR evaluation = 'satisfied'
                                 OR evaluation = 'basically' OR evaluation = 'dissatisfied'),
    evaluated_on     TEXT    NOT NULL DEFAULT '',
    archived_on      TEXT    NOT NULL DEFAULT '',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CHECK (anonymous = 0 OR (submitter_name = '' AND submitter_phone = '')),
    CHECK (state <> 'dispatched' OR (handling_unit_id IS NOT NULL AND deadline <> ''))
) STRICT;

INSERT INTO opinions_v8 SELECT * FROM opinions;
DROP TABLE opinions;
ALTER TABLE opinions_v8 RENAME TO opinions;

CREATE INDEX opinions_by_registered ON opinions (registered_on);
CREATE INDEX opinions_by_state ON opinions (state, deadline);
CREATE INDEX opinions_by_community ON opinions (community_id, registered_on);
CREATE INDEX opinions_by_grid ON opinions (grid_id, registered_on);
CREATE INDEX opinions_by_deputy ON opinions (deputy_id);
CREATE INDEX opinions_by_category ON opinions (category_id, registered_on);
CREATE INDEX opinions_by_unit ON opinions (handling_unit_id, registered_on);
CREATE INDEX opinions_by_deadline ON opinions (deadline, registered_on);

-- The triggers of versions 5 and 7, unchanged.
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

CREATE TRIGGER opinion_supervisions_not_archived BEFORE INSERT ON opinion_supervisions
WHEN (SELECT state FROM opinions WHERE id = NEW.opinion_id) = 'archived'
BEGIN
    SELECT RAISE(ABORT, 'archived opinion: reopen it before changing it');
END;
