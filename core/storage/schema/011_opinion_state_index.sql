-- Schema version 11: the opinions' state index ends with the day of registration, the ledger's
-- own order, instead of the deadline.
-- Most of a file's opinions are archived (a district's ten years: 142,000 of 150,000), and the
-- planner, knowing nothing of that, reads a state through its index: the ledger filtered to
-- 归档 read and sorted all of them to show its first 200 rows (1 s). With the day in the index
-- a state's newest rows come straight from it, for all years or within one. Nothing read
-- opinions by state and deadline together (the deadline lists read a few hundred open rows).
DROP INDEX opinions_by_state;
CREATE INDEX opinions_by_state ON opinions (state, registered_on);
