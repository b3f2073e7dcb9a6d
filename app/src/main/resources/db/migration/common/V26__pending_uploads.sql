-- Issue 21 (review problem 11): files of an application form that came back with a validation error are held here
-- for the retry, bound to the form by a random token (only its hash is stored), and never served back. Removed when
-- the application is sent, and by the sweep after a day.
CREATE TABLE pending_upload (
    id              UUID PRIMARY KEY,
    form_token_hash VARCHAR(64) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    original_name   VARCHAR(255) NOT NULL,
    stored_file_id  UUID NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_upload_form ON pending_upload (form_token_hash);
CREATE INDEX pending_upload_created ON pending_upload (created_at);
