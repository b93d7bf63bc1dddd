-- Schema version 10: a full-text index of the audit trail, for its text search.
-- Without it the search read every row's JSON: half a second over a district's ten years
-- (1.8 million rows), for every search.
-- The index holds the words of each row's table name and of the values in its before and
-- after JSON (not the keys), as searchWords gives them: each Chinese character a word of its
-- own, so that a phrase query finds 电梯 inside 加装电梯. rowid = audit_log.id.
-- Contentless (the text is in audit_log already), so it adds about a tenth to the file.
-- It is written in C++ by the same code that appends the audit row (AuditChainWriter), inside
-- the same transaction; the upgrade indexes the rows already there (indexAuditText).
CREATE VIRTUAL TABLE audit_text USING fts5(words, content = '', columnsize = 0);
