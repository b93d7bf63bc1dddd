-- Schema version 9: an index for each filter of the audit trail. The trail grows with every
-- change (a district's ten years are about 1.8 million rows), and its dialog lists the newest
-- rows of a user or of an action: without these every change of filter, and the lists of
-- users and actions the filters offer, read the whole trail.
-- Each index ends with the time, so that the newest rows of one user or one action come
-- straight from it, and a span of days within them too.
-- audit_log_by_user (user_id, at) served no query: the trail is filtered by login, which
-- also names the rows written before log-in existed.
DROP INDEX audit_log_by_user;
CREATE INDEX audit_log_by_login ON audit_log (user_login, at);
CREATE INDEX audit_log_by_action ON audit_log (action, at);
