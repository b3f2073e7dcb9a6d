-- Interviews: slots on a case and the invitation of one candidate to one slot.
CREATE TABLE interview_slot (
    id         UUID PRIMARY KEY,
    case_id    UUID NOT NULL REFERENCES recruitment_case (id) ON DELETE CASCADE,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    place      VARCHAR(300) NOT NULL,
    panel      VARCHAR(500)
);
CREATE INDEX interview_slot_case ON interview_slot (case_id, starts_at);

-- One invitation per candidate; its UID stays the same through reschedules, SEQUENCE counts the versions.
CREATE TABLE interview_invitation (
    application_id UUID PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    case_id        UUID NOT NULL REFERENCES recruitment_case (id),
    slot_id        UUID NOT NULL REFERENCES interview_slot (id),
    uid            VARCHAR(200) NOT NULL UNIQUE,
    sequence_no    INT NOT NULL,
    reply          VARCHAR(20) NOT NULL,
    cancelled      BOOLEAN NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX interview_invitation_case ON interview_invitation (case_id);
