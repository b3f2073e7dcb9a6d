-- Issue 3 (load): on PostgreSQL this version drops the index on application (case_id), which the unique (case_id,
-- candidate_number) index makes redundant (see the PostgreSQL script). H2 keeps it: H2 backs the foreign key to
-- recruitment_case with it and refuses to drop it, and H2 does not keep generic plans made on an empty table.
SELECT 1;
