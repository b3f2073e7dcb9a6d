-- Issue 21 (review problem 8): a case closed before every point of its checklist was met (deadline passed, no
-- interview ahead, references settled, no medium still running) keeps HR's reason, shown on the case page.
ALTER TABLE recruitment_case ADD COLUMN closing_reason VARCHAR(2000);
