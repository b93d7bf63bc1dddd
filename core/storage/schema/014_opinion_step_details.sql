-- Schema version 14: an opinion's timeline tells what each step set, as the step's audit row
-- does: to which unit it was dispatched and by when, the result and the reply, the evaluation,
-- the meeting or the suggestion, a new deadline after 退回重办 (a JSON object of the opinions
-- columns set, the units, meetings and suggestions by id). Steps written before, and those an
-- imported ledger rebuilds, have none.
ALTER TABLE opinion_history ADD COLUMN details TEXT NOT NULL DEFAULT '{}';
