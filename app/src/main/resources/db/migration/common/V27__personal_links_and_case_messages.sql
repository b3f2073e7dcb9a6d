-- More private links to an applicant's own page: each letter that links there (an interview invitation, a message
-- from HR) carries a link of its own, so sending one never stops the receipt's link from working. Only the hash of
-- a link's token is kept, as for application.access_token_hash; erasure deletes them.
CREATE TABLE application_link (
    token_hash     VARCHAR(100) PRIMARY KEY,
    application_id UUID NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_link_application ON application_link (application_id);

-- HR's own wording of a message kind in one case (merge fields such as {fornavn} kept as written).
CREATE TABLE case_message_template (
    case_id    UUID NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    kind       VARCHAR(30) NOT NULL,
    subject    VARCHAR(300) NOT NULL,
    body       VARCHAR(10000) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, kind)
);
