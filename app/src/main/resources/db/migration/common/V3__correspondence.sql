-- Correspondence: the institution's e-mail templates and the outbox.

CREATE TABLE mail_template (
    kind       VARCHAR(30) NOT NULL,
    language   VARCHAR(5) NOT NULL,
    subject    VARCHAR(500) NOT NULL,
    body_html  VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, language)
);

-- One row per message. (recipient, cause_key) is unique: the same cause never mails the same person twice.
-- Delivery state: a worker claims a due row (SELECT ... FOR UPDATE SKIP LOCKED) by writing its claim_token and a
-- lease (claimed_until); it sends outside the lock and then marks sent_at, or counts the attempt and moves
-- next_attempt_at on (back-off). A row whose lease has run out can be claimed again.
CREATE TABLE outbox_message (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(30) NOT NULL,
    cause_key       VARCHAR(200) NOT NULL,
    application_id  UUID,
    recipient       VARCHAR(300) NOT NULL,
    language        VARCHAR(5) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    body_html       VARCHAR(50000) NOT NULL,
    body_text       VARCHAR(50000) NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    claim_token     UUID,
    last_error      VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_message_once UNIQUE (recipient, cause_key)
);
CREATE INDEX outbox_message_due ON outbox_message (sent_at, next_attempt_at);
CREATE INDEX outbox_message_application ON outbox_message (application_id);

-- Small attachments (e.g. iCalendar invitations), Base64 in a portable VARCHAR: at most about 700 KB each.
CREATE TABLE outbox_attachment (
    id           UUID PRIMARY KEY,
    message_id   UUID NOT NULL REFERENCES outbox_message (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    sort_order   INT NOT NULL,
    content_b64  VARCHAR(1000000) NOT NULL
);
