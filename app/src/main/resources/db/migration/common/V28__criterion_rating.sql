-- The scorecard: a committee member's score (on the case's rating scale) and note for each success criterion of the
-- job profile. A criterion is known by a key derived from its text (criterion_key, SHA-256 of the normalised text),
-- so a rating follows its criterion when the lines of the profile are reordered and is no longer shown once the
-- criterion is edited or removed; the text is kept for whoever reads the table. Erased with the applicant's data.

CREATE TABLE criterion_rating (
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    rater_id       UUID NOT NULL REFERENCES app_user (id),
    criterion_key  VARCHAR(64) NOT NULL,
    criterion      VARCHAR(10000) NOT NULL,
    score          INT,
    note           VARCHAR(2000),
    rated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (application_id, rater_id, criterion_key)
);
