-- Files in the file store (filesystem or S3-compatible). The row is written in the same transaction as what
-- refers to the file; bytes without a row are orphans (a crash between writing and committing) that the
-- sweeper removes after a grace period.
CREATE TABLE stored_file (
    id           UUID PRIMARY KEY,
    storage_key  VARCHAR(200) NOT NULL UNIQUE,
    purpose      VARCHAR(40) NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Leases for jobs that one instance at a time should run (the orphan sweep). Taken with a conditional UPDATE
-- (locked_until in the past), released by setting locked_until back to the epoch.
CREATE TABLE storage_lease (
    name         VARCHAR(60) PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(100)
);
INSERT INTO storage_lease (name, locked_until, locked_by) VALUES ('orphan-sweep', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', NULL);
