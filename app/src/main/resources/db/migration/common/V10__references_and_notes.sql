-- Issue 4, second part: preferential access, reference consent and references with hearing (partshøring),
-- interview notes with uploads, and per-question ratings of the horizontal review.

-- The applicant's own declaration of a right of preferential access (e.g. disability); optional, yes/no.
ALTER TABLE application ADD COLUMN preferential_access BOOLEAN DEFAULT FALSE NOT NULL;

-- The candidate's consent to references being taken: recorded by HR with the date and how it was given.
CREATE TABLE reference_consent (
    application_id UUID PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    given_on       DATE NOT NULL,
    given_how      VARCHAR(30) NOT NULL,
    recorded_by    VARCHAR(100) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE candidate_reference (
    id                UUID PRIMARY KEY,
    application_id    UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    case_id           UUID NOT NULL REFERENCES recruitment_case (id),
    referee_name      VARCHAR(200) NOT NULL,
    organisation      VARCHAR(200),
    phone             VARCHAR(30),
    taken_on          DATE NOT NULL,
    notes             VARCHAR(4000),
    needs_hearing     BOOLEAN NOT NULL,
    hearing_done_on   DATE,
    hearing_reply     VARCHAR(4000),
    hearing_recorded_by VARCHAR(100),
    recorded_by       VARCHAR(100) NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX candidate_reference_case ON candidate_reference (case_id);
CREATE INDEX candidate_reference_application ON candidate_reference (application_id);

-- A panel member's note on one candidate's interview, optionally with one uploaded file (guide, test result).
CREATE TABLE interview_note (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    case_id        UUID NOT NULL REFERENCES recruitment_case (id),
    slot_id        UUID REFERENCES interview_slot (id),
    author_id      UUID NOT NULL REFERENCES app_user (id),
    body           VARCHAR(8000),
    stored_file_id UUID,
    file_type      VARCHAR(20),
    content_type   VARCHAR(100),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX interview_note_application ON interview_note (application_id, created_at);

-- Horizontal review: one member's rating of one candidate's answer to one screening question.
CREATE TABLE question_rating (
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    question_id    UUID NOT NULL REFERENCES screening_question (id) ON DELETE CASCADE,
    rater_id       UUID NOT NULL REFERENCES app_user (id),
    score          INT,
    note           VARCHAR(2000),
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, question_id, rater_id)
);
CREATE INDEX question_rating_question ON question_rating (question_id, rater_id);
