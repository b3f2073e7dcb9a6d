-- Redaction of anonymous applications (issue 6 in Rekrut; module dk.rekrut.anonymisation).
-- One row per thing to redact: the screening answers (number 0) and each uploaded document (1, 2, ... in upload
-- order). The row is also the job: PENDING rows are claimed with FOR UPDATE SKIP LOCKED plus a lease and a token,
-- so several app instances share the work, a crashed worker's claim runs out, and a document never runs twice at
-- once. generation rises on every re-run, so a result computed for an older request is thrown away.
-- No names anywhere: source_document_id points at the identity module's original, the rendition at stored_file.
CREATE TABLE redaction_item (
    id                 UUID PRIMARY KEY,
    application_id     UUID NOT NULL REFERENCES application (id),
    case_id            UUID NOT NULL REFERENCES recruitment_case (id),
    doc_number         INT NOT NULL,
    source_document_id UUID,
    kind               VARCHAR(20) NOT NULL,
    state              VARCHAR(20) NOT NULL,
    reason             VARCHAR(1000),
    rendition_file_id  UUID,
    generation         INT DEFAULT 0 NOT NULL,
    attempts           INT DEFAULT 0 NOT NULL,
    claim_token        UUID,
    claimed_until      TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    redacted_at        TIMESTAMP WITH TIME ZONE,
    released_by        VARCHAR(100),
    released_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT redaction_item_number UNIQUE (application_id, doc_number)
);
CREATE INDEX redaction_item_due ON redaction_item (state, created_at);
CREATE INDEX redaction_item_case ON redaction_item (case_id);

-- The committee's view of free-text screening answers in anonymous cases.
CREATE TABLE redacted_answer (
    application_id UUID NOT NULL REFERENCES application (id),
    question_id    UUID NOT NULL,
    redacted_text  VARCHAR(20000) NOT NULL,
    PRIMARY KEY (application_id, question_id)
);

-- Values HR added by hand, redacted as further known values of the applicant. They can be personal data: only HR
-- with access to the case reads them, and they go when the application's identity is erased.
CREATE TABLE redaction_addition (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES application (id),
    text           VARCHAR(200) NOT NULL,
    span_type      VARCHAR(20) NOT NULL,
    added_by       VARCHAR(100) NOT NULL,
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX redaction_addition_application ON redaction_addition (application_id);
