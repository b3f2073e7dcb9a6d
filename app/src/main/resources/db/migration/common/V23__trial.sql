-- The randomised trial built into Rekrut (issue 19, docs/trial.md). Trial tables hold no name, CPR, e-mail or
-- address: a subject is a pseudonym with the coarse facts its target group was judged on (age band, education level,
-- recent graduate, months unemployed), its stratum and its arm.
CREATE TABLE trial (
    id                      UUID PRIMARY KEY,
    unit_id                 UUID          NOT NULL REFERENCES organisation_unit (id),
    name                    VARCHAR(200)  NOT NULL,
    -- Target group: every condition set must hold; NULL = any. Lists are comma-separated enum names.
    target_education        VARCHAR(200),
    target_age_bands        VARCHAR(200),
    target_recent_graduate  BOOLEAN,
    target_max_months       INT,
    ratio_tool              INT           NOT NULL,
    ratio_usual             INT           NOT NULL,
    stratify_unit           BOOLEAN       NOT NULL,
    stratify_isco           BOOLEAN       NOT NULL,
    starts_on               DATE          NOT NULL,
    ends_on                 DATE          NOT NULL,
    followup_months         INT           NOT NULL,
    secondary_applied       BOOLEAN       NOT NULL,
    secondary_interview     BOOLEAN       NOT NULL,
    -- The allocation seed, drawn once at creation; with the stratum it reproduces every assignment.
    seed                    BIGINT        NOT NULL,
    -- CONSORT counts of subjects offered for assignment while the trial ran (no row per person).
    screened                INT           NOT NULL DEFAULT 0,
    not_eligible            INT           NOT NULL DEFAULT 0,
    in_other_trial          INT           NOT NULL DEFAULT 0,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX trial_unit ON trial (unit_id);

-- One row per randomised subject, never changed. seq_in_stratum is the subject's place in its stratum's allocation
-- sequence (0, 1, 2, ...): with the seed it gives the arm, so the table can be checked against the seed.
CREATE TABLE trial_assignment (
    id                 UUID PRIMARY KEY,
    trial_id           UUID         NOT NULL REFERENCES trial (id),
    pseudonym          VARCHAR(64)  NOT NULL,
    stratum            VARCHAR(100) NOT NULL,
    seq_in_stratum     INT          NOT NULL,
    arm                VARCHAR(20)  NOT NULL,
    assigned_on        DATE         NOT NULL,
    assigned_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    unit_id            UUID         NOT NULL,
    isco1              VARCHAR(1),
    education          VARCHAR(20),
    age_band           VARCHAR(20),
    recent_graduate    BOOLEAN      NOT NULL,
    months_unemployed  INT          NOT NULL
);
CREATE UNIQUE INDEX trial_assignment_pseudonym ON trial_assignment (pseudonym);
CREATE UNIQUE INDEX trial_assignment_sequence ON trial_assignment (trial_id, stratum, seq_in_stratum);

-- Outcomes of randomised subjects: EMPLOYED (primary), APPLIED and INTERVIEW (secondary), each kind once a day.
CREATE TABLE trial_outcome (
    id             UUID PRIMARY KEY,
    assignment_id  UUID         NOT NULL REFERENCES trial_assignment (id),
    kind           VARCHAR(20)  NOT NULL,
    occurred_on    DATE         NOT NULL,
    source         VARCHAR(30)  NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX trial_outcome_once ON trial_outcome (assignment_id, kind, occurred_on);
