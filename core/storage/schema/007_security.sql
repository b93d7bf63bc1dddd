-- Schema version 7: log-in and a tamper-evident audit trail.

-- Passwords as libsodium Argon2id strings (salt and cost inside); '' = none set yet (files
-- from before log-in existed: the administrator sets one on the first opening).
-- failed_logins counts wrong passwords since the last good one; five lock the account until
-- locked_until (ISO UTC time, '' = not locked).
ALTER TABLE users ADD COLUMN password_hash TEXT NOT NULL DEFAULT ''
    CHECK (password_hash = '' OR substr(password_hash, 1, 10) = '$argon2id$');
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0);
ALTER TABLE users ADD COLUMN locked_until TEXT NOT NULL DEFAULT '';

-- Each audit row stores the previous row's hash and the SHA-256 of its own content with it,
-- so that a row changed, removed or slipped in by direct SQL breaks the chain from there on.
-- Rows written before version 7 are sealed once, in id order, by the upgrade (the only
-- update the trigger below allows: a row without a hash receiving one).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN row_hash TEXT NOT NULL DEFAULT '';

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.row_hash <> '' OR NEW.row_hash = ''
    OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id
    OR NEW.user_login IS NOT OLD.user_login OR NEW.action IS NOT OLD.action
    OR NEW.table_name IS NOT OLD.table_name OR NEW.row_id IS NOT OLD.row_id
    OR NEW.before_json IS NOT OLD.before_json OR NEW.after_json IS NOT OLD.after_json
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
