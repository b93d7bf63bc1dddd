-- Schema version 6: an index for every filter and sort the lists offer, so that the first
-- screen of a sorted, filtered list is read without sorting a district's history.

-- 民意诉求台账: sorts by category, community and handling unit keep the newest first within
-- each; 办理时限 sorts and the overdue filter read deadlines in order.
DROP INDEX opinions_by_category;
CREATE INDEX opinions_by_category ON opinions (category_id, registered_on);
CREATE INDEX opinions_by_unit ON opinions (handling_unit_id, registered_on);
CREATE INDEX opinions_by_deadline ON opinions (deadline, registered_on);
