-- The interview panel as users (issue 21): who sits on a slot's panel and gets the interview in their calendar.
-- One calendar event per slot and member: its UID is made of both, sequence_no counts the versions sent
-- (REQUEST when a candidate is booked or moved in, CANCEL when the booking is cancelled or moved away).
CREATE TABLE interview_panel_member (
    slot_id     UUID NOT NULL REFERENCES interview_slot (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL REFERENCES app_user (id),
    sequence_no INT NOT NULL,
    PRIMARY KEY (slot_id, user_id)
);
CREATE INDEX interview_panel_member_user ON interview_panel_member (user_id);
