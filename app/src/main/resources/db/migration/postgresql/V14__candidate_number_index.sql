-- Issue 3 (load): the unique (case_id, candidate_number) index serves every look-up by case, so the index on case_id
-- alone is redundant, and it did harm. PostgreSQL caches a generic plan for a prepared statement; one made while the
-- table was small (both indexes then cost the same) read the candidate-number check through the case index and
-- filtered every application of the case: 5 ms per check at 6,000 applications, growing with the case. With one
-- index, the check's equality on both columns is always a direct probe.
DROP INDEX application_case;
