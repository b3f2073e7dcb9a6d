-- Assessment: the case's rating settings, each member's rating and comment, the chair's ranking and shortlist.

CREATE TABLE assessment_setting (
    case_id           UUID PRIMARY KEY REFERENCES recruitment_case (id) ON DELETE CASCADE,
    scale             VARCHAR(20) NOT NULL,
    blind_until_rated BOOLEAN NOT NULL
);

CREATE TABLE rating (
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    rater_id       UUID NOT NULL REFERENCES app_user (id),
    score          INT NOT NULL,
    comment        VARCHAR(4000),
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, rater_id)
);
CREATE INDEX rating_application ON rating (application_id);

CREATE TABLE ranking (
    application_id UUID PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    case_id        UUID NOT NULL REFERENCES recruitment_case (id),
    rank_position  INT,
    shortlisted    BOOLEAN NOT NULL,
    set_by         VARCHAR(100) NOT NULL,
    set_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ranking_case ON ranking (case_id);
