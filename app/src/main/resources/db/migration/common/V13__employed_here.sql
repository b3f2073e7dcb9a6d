-- Issue 7 (statistics, internal vs external applicants): the applicant's own optional answer to "are you employed by
-- the institution today?". TRUE = internal, FALSE = external, NULL = not answered. Substance of the application, not
-- identity: it stays with the anonymous application row after retention, like the medium, for the statistics.
ALTER TABLE application ADD COLUMN employed_here BOOLEAN;
