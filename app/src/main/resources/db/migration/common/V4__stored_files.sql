-- Files in the file store (filesystem or S3-compatible). The row is written in the same transaction as what
-- refers to the file; bytes without a row are orphans that the sweeper removes after a grace period.
CREATE TABLE stored_file (
    id           UUID PRIMARY KEY,
    purpose      VARCHAR(40) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
