-- Talent pools (emnebanker) and the job agent (C10).

-- A pool, kept by the administrator, with the consent period its members agree to.
CREATE TABLE talent_pool (
    id             UUID PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    description    VARCHAR(2000),
    consent_months INT NOT NULL DEFAULT 12,
    public_enrolment BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT talent_pool_name UNIQUE (name),
    CONSTRAINT talent_pool_months CHECK (consent_months BETWEEN 1 AND 60)
);

-- The administrator's icon set (e.g. "Lederpotentiale", "Specialist") that HR puts on members.
CREATE TABLE talent_icon (
    id   UUID PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT talent_icon_name UNIQUE (name)
);

-- A person in (or invited to) a pool. Personal data: only HR roles see it. status OFFERED (HR offered a place,
-- not yet accepted) or UNCONFIRMED (self-enrolled, e-mail not yet confirmed) are not members yet; ACTIVE members
-- have consent until consent_until. token_hash is the SHA-256 of the member's current private link (accept,
-- confirm, renew, leave). email is stored in lower case: one place per person and pool.
CREATE TABLE talent_member (
    id                    UUID PRIMARY KEY,
    pool_id               UUID NOT NULL REFERENCES talent_pool (id),
    status                VARCHAR(20) NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    email                 VARCHAR(300) NOT NULL,
    language              VARCHAR(5) NOT NULL,
    profile               VARCHAR(4000),
    cv_file_id            UUID,
    source_application_id UUID,
    rating                INT,
    token_hash            VARCHAR(64) NOT NULL,
    consent_until         TIMESTAMP WITH TIME ZONE,
    reminded_at           TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT talent_member_once UNIQUE (pool_id, email),
    CONSTRAINT talent_member_token UNIQUE (token_hash),
    CONSTRAINT talent_member_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX talent_member_consent ON talent_member (status, consent_until);
CREATE INDEX talent_member_source ON talent_member (source_application_id);

CREATE TABLE talent_member_icon (
    member_id UUID NOT NULL REFERENCES talent_member (id) ON DELETE CASCADE,
    icon_id   UUID NOT NULL REFERENCES talent_icon (id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, icon_id)
);

-- Job agent subscriptions. confirm_token_hash: SHA-256 of the double opt-in link. unsubscribe_token is kept as
-- is, since every digest must carry the same one-click link; it only ever allows deleting the subscription.
CREATE TABLE job_agent_subscription (
    id                 UUID PRIMARY KEY,
    email              VARCHAR(300) NOT NULL,
    language           VARCHAR(5) NOT NULL,
    keywords           VARCHAR(200),
    category           VARCHAR(30),
    location           VARCHAR(100),
    unit_id            UUID,
    confirm_token_hash VARCHAR(64) NOT NULL,
    unsubscribe_token  VARCHAR(64) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at       TIMESTAMP WITH TIME ZONE,
    next_digest_at     TIMESTAMP WITH TIME ZONE,
    last_digest_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT job_agent_confirm_token UNIQUE (confirm_token_hash),
    CONSTRAINT job_agent_unsubscribe_token UNIQUE (unsubscribe_token)
);
CREATE INDEX job_agent_due ON job_agent_subscription (confirmed_at, next_digest_at);

-- Postings a subscription has already been told about (or that were public when it was confirmed): a digest
-- lists only postings not in here, so none twice.
CREATE TABLE job_agent_seen (
    subscription_id UUID NOT NULL REFERENCES job_agent_subscription (id) ON DELETE CASCADE,
    posting_id      UUID NOT NULL,
    seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subscription_id, posting_id)
);

-- One-click unsubscribe (RFC 2369/8058) for mail sent to subscribers: the URL for the List-Unsubscribe header.
ALTER TABLE outbox_message ADD COLUMN list_unsubscribe VARCHAR(500);
