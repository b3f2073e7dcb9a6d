-- GDPR retention and erasure, and what statistics need to survive them.

-- When a case was closed: the retention periods run from here. Cases closed before this column existed take
-- their last change as the closing time (the closest record there is).
ALTER TABLE recruitment_case ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
UPDATE recruitment_case SET closed_at = updated_at WHERE status IN ('CLOSED', 'ARCHIVED');

-- An application whose personal data is gone (withdrawal, retention, erasure request). The row itself stays, with
-- its status history and the voluntary evaluation answers, keyed by an id that no longer leads to a person, so the
-- anonymous statistics stay the same after deletion.
ALTER TABLE application ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX application_erased ON application (erased_at);

-- An applicant's request to have their data erased, made from their private page and handled by an administrator.
-- It names the application only: no name, no e-mail.
CREATE TABLE erasure_request (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL,
    case_id        UUID NOT NULL,
    requested_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(20) NOT NULL,
    handled_by     VARCHAR(100),
    handled_at     TIMESTAMP WITH TIME ZONE,
    note           VARCHAR(500)
);
CREATE INDEX erasure_request_status ON erasure_request (status, requested_at);

-- One instance at a time runs the retention job: it holds this lease row (conditional UPDATE on locked_until; a
-- crashed holder's lease simply runs out). last_run_at and the counts show on the administrator's page.
CREATE TABLE retention_lease (
    name          VARCHAR(60) PRIMARY KEY,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by     VARCHAR(100),
    last_run_at   TIMESTAMP WITH TIME ZONE,
    last_counts   VARCHAR(200)
);
INSERT INTO retention_lease (name, locked_until, locked_by) VALUES ('retention', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', NULL);
