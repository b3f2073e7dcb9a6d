-- Re-identification of a candidate in an anonymous case: who lifted the anonymity for whom, and when.
CREATE TABLE reidentification (
    application_id UUID PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    done_by        VARCHAR(100) NOT NULL,
    done_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
