-- Review H3: a case's anonymity is fixed from its first publication for the rest of its life. The flag is set when
-- the case is first published and never cleared, so taking the posting back to draft does not reopen the choice.
ALTER TABLE recruitment_case ADD COLUMN anonymity_locked BOOLEAN DEFAULT FALSE NOT NULL;

-- Cases published before this version: every case that is not a draft, and drafts that have applications (they were
-- published once, and people applied under the anonymity they had then).
UPDATE recruitment_case SET anonymity_locked = TRUE
WHERE status <> 'DRAFT' OR EXISTS (SELECT 1 FROM application a WHERE a.case_id = recruitment_case.id);
