-- Applications (substance, keyed by candidate id), screening questions, consent versions, evaluation data.
-- Identity (name, contact data, original files) stays in applicant_identity / applicant_document (identity module).

ALTER TABLE recruitment_case ADD COLUMN video_allowed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE consent_text (
    version    INT PRIMARY KEY,
    body       VARCHAR(10000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE screening_question (
    id          UUID PRIMARY KEY,
    case_id     UUID NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    required    BOOLEAN NOT NULL,
    max_length  INT,
    min_choices INT,
    max_choices INT,
    class_labels VARCHAR(2000)
);
CREATE INDEX screening_question_case ON screening_question (case_id, position);

CREATE TABLE screening_option (
    id          UUID PRIMARY KEY,
    question_id UUID NOT NULL REFERENCES screening_question (id) ON DELETE CASCADE,
    position    INT NOT NULL,
    label       VARCHAR(500) NOT NULL
);
CREATE INDEX screening_option_question ON screening_option (question_id, position);

CREATE TABLE application (
    id                UUID PRIMARY KEY,
    case_id           UUID NOT NULL REFERENCES recruitment_case (id),
    candidate_number  VARCHAR(20) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    consent_version   INT NOT NULL REFERENCES consent_text (version),
    medium_code       VARCHAR(40),
    submission_key    VARCHAR(100) NOT NULL UNIQUE,
    access_token_hash VARCHAR(100) NOT NULL UNIQUE,
    video_link        VARCHAR(500),
    language          VARCHAR(5) NOT NULL,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    UNIQUE (case_id, candidate_number)
);
CREATE INDEX application_case ON application (case_id);

CREATE TABLE application_answer (
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    question_id    UUID NOT NULL REFERENCES screening_question (id),
    answer_value   VARCHAR(10000) NOT NULL,
    PRIMARY KEY (application_id, question_id)
);

CREATE TABLE application_status_change (
    id             UUID PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    from_status    VARCHAR(20),
    to_status      VARCHAR(20) NOT NULL,
    changed_by     VARCHAR(100) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_status_change_app ON application_status_change (application_id);

-- Original uploads are identity: the file itself, its name and metadata can reveal who applied.
CREATE TABLE applicant_document (
    id             UUID PRIMARY KEY,
    candidate_id   UUID NOT NULL,
    stored_file_id UUID NOT NULL,
    kind           VARCHAR(20) NOT NULL,
    original_name  VARCHAR(300) NOT NULL,
    detected_type  VARCHAR(20) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX applicant_document_candidate ON applicant_document (candidate_id);

-- Voluntary evaluation data: its own consent, never shown per person, only counted.
CREATE TABLE evaluation_answer (
    application_id UUID PRIMARY KEY,
    case_id        UUID NOT NULL,
    gender         VARCHAR(20) NOT NULL,
    age_band       VARCHAR(20) NOT NULL,
    origin_group   VARCHAR(30) NOT NULL,
    consented_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX evaluation_answer_case ON evaluation_answer (case_id);

INSERT INTO consent_text (version, body, created_at) VALUES (1,
  'Jeg giver samtykke til, at mine oplysninger og dokumenter behandles med henblik på denne rekruttering. Oplysningerne slettes senest 6 måneder efter, at stillingen er besat, medmindre jeg giver samtykke til andet. Jeg kan til enhver tid trække min ansøgning tilbage.',
  CURRENT_TIMESTAMP);
