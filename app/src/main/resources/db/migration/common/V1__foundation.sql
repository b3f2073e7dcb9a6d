-- Foundation schema. Plain SQL that runs on H2 (2.x) and PostgreSQL (15+).

CREATE TABLE organisation_unit (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    parent_id   UUID REFERENCES organisation_unit (id),
    street      VARCHAR(200),
    postal_code VARCHAR(10),
    town        VARCHAR(100),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX organisation_unit_parent ON organisation_unit (parent_id);

CREATE TABLE app_user (
    id              UUID PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    unit_id         UUID NOT NULL REFERENCES organisation_unit (id),
    role            VARCHAR(40) NOT NULL,
    password_hash   VARCHAR(200),
    oidc_subject    VARCHAR(200) UNIQUE,
    failed_logins   INT NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP WITH TIME ZONE,
    enabled         BOOLEAN NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX app_user_unit ON app_user (unit_id);

CREATE TABLE institution_setting (
    setting_key   VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE audit_entry (
    id          UUID PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(60) NOT NULL,
    object_type VARCHAR(60) NOT NULL,
    object_id   VARCHAR(100),
    details     VARCHAR(1000)
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id);

CREATE TABLE recruitment_case (
    id                        UUID PRIMARY KEY,
    title                     VARCHAR(200) NOT NULL,
    unit_id                   UUID NOT NULL REFERENCES organisation_unit (id),
    status                    VARCHAR(20) NOT NULL,
    category                  VARCHAR(40) NOT NULL,
    employment_type           VARCHAR(20) NOT NULL,
    weekly_hours              VARCHAR(40),
    workplace_street          VARCHAR(200),
    workplace_postal_code     VARCHAR(10),
    workplace_town            VARCHAR(100),
    salary_frame              VARCHAR(400),
    salary_min                DECIMAL(12, 2),
    salary_max                DECIMAL(12, 2),
    tasks                     VARCHAR(10000),
    professional_competencies VARCHAR(10000),
    personal_competencies     VARCHAR(10000),
    conditions                VARCHAR(10000),
    success_criteria          VARCHAR(10000),
    development_opportunities VARCHAR(10000),
    contact_name              VARCHAR(200),
    contact_email             VARCHAR(200),
    contact_phone             VARCHAR(40),
    deadline                  TIMESTAMP WITH TIME ZONE NOT NULL,
    anonymous                 BOOLEAN NOT NULL DEFAULT FALSE,
    created_by                UUID NOT NULL REFERENCES app_user (id),
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   INT NOT NULL DEFAULT 0
);
CREATE INDEX recruitment_case_unit ON recruitment_case (unit_id);
CREATE INDEX recruitment_case_status ON recruitment_case (status);

CREATE TABLE planned_interview_date (
    case_id   UUID NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    on_date   DATE NOT NULL,
    PRIMARY KEY (case_id, on_date)
);

CREATE TABLE case_member (
    case_id   UUID NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    user_id   UUID NOT NULL REFERENCES app_user (id),
    team_role VARCHAR(30) NOT NULL,
    PRIMARY KEY (case_id, user_id, team_role)
);
CREATE INDEX case_member_user ON case_member (user_id);

CREATE TABLE medium (
    id                   UUID PRIMARY KEY,
    code                 VARCHAR(40) NOT NULL UNIQUE,
    name                 VARCHAR(200) NOT NULL,
    kind                 VARCHAR(20) NOT NULL,
    cost_per_publication DECIMAL(12, 2) NOT NULL DEFAULT 0,
    active               BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE layout_template (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    header_html VARCHAR(20000) NOT NULL,
    footer_html VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE posting (
    id                 UUID PRIMARY KEY,
    case_id            UUID NOT NULL UNIQUE REFERENCES recruitment_case (id) ON DELETE CASCADE,
    layout_template_id UUID REFERENCES layout_template (id),
    intro_html         VARCHAR(50000) NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE publication (
    id         UUID PRIMARY KEY,
    posting_id UUID NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    medium_id  UUID NOT NULL REFERENCES medium (id),
    starts_on  DATE NOT NULL,
    ends_on    DATE,
    cost       DECIMAL(12, 2) NOT NULL,
    UNIQUE (posting_id, medium_id)
);
CREATE INDEX publication_medium ON publication (medium_id);

CREATE TABLE posting_visit (
    id         UUID PRIMARY KEY,
    posting_id UUID NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    medium_id  UUID NOT NULL REFERENCES medium (id),
    visited_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX posting_visit_posting ON posting_visit (posting_id, medium_id);

-- Identity of applicants lives apart from the application's substance (privacy rule).
-- Only the identity module reads this table; the application module refers to candidates by id.
CREATE TABLE applicant_identity (
    candidate_id UUID PRIMARY KEY,
    full_name    VARCHAR(300) NOT NULL,
    email        VARCHAR(300) NOT NULL,
    phone        VARCHAR(50),
    street       VARCHAR(300),
    postal_code  VARCHAR(10),
    town         VARCHAR(100),
    birth_date   DATE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
