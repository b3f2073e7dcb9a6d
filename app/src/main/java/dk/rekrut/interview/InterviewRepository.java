package dk.rekrut.interview;

import dk.rekrut.interview.InterviewNotes.Note;
import dk.rekrut.interview.Interviews.Invitation;
import dk.rekrut.interview.Interviews.Slot;
import dk.rekrut.shared.Time;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interview slots, invitations and the panel's notes (interview_slot, interview_invitation, interview_note). */
@Repository
class InterviewRepository {

    private final JdbcClient jdbc;

    InterviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Slot> slots(UUID caseId) {
        return jdbc.sql("SELECT * FROM interview_slot WHERE case_id = ? ORDER BY starts_at").param(caseId)
            .query((rs, n) -> slot(rs)).list();
    }

    Optional<Slot> slot(UUID slotId) {
        return jdbc.sql("SELECT * FROM interview_slot WHERE id = ?").param(slotId).query((rs, n) -> slot(rs)).optional();
    }

    void insert(Slot slot) {
        jdbc.sql("INSERT INTO interview_slot (id, case_id, starts_at, ends_at, place, panel) VALUES (?, ?, ?, ?, ?, ?)")
            .params(slot.id(), slot.caseId(), Time.utc(slot.startsAt()), Time.utc(slot.endsAt()), slot.place(), slot.panel())
            .update();
    }

    /**
     * Locks the slot's row until the transaction ends. Every booking of a slot (HR's invite, the candidate's pick)
     * takes this lock before it checks whether the slot is free, so on one database, from any number of instances,
     * bookings of one slot run one after the other and the second sees the first's invitation (each statement reads
     * what has committed before it). Without it two candidates could both read the slot as free and both move there.
     */
    void lockSlot(UUID slotId) {
        jdbc.sql("SELECT id FROM interview_slot WHERE id = ? FOR UPDATE").param(slotId).query(UUID.class).optional();
    }

    /** Whether another candidate's uncancelled invitation holds the slot. */
    boolean takenByOther(UUID slotId, UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM interview_invitation WHERE slot_id = ? AND cancelled = FALSE AND application_id <> ?")
            .params(slotId, applicationId).query(Long.class).single() > 0;
    }

    List<Invitation> invitations(UUID caseId) {
        return jdbc.sql("SELECT * FROM interview_invitation WHERE case_id = ?").param(caseId).query((rs, n) -> invitation(rs)).list();
    }

    Optional<Invitation> invitation(UUID applicationId) {
        return jdbc.sql("SELECT * FROM interview_invitation WHERE application_id = ?").param(applicationId)
            .query((rs, n) -> invitation(rs)).optional();
    }

    int countAhead(UUID caseId, Instant now) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM interview_invitation i JOIN interview_slot s ON s.id = i.slot_id
                WHERE i.case_id = ? AND i.cancelled = FALSE AND i.reply <> 'DECLINED' AND s.starts_at > ?""")
            .params(caseId, Time.utc(now)).query(Integer.class).single();
    }

    void insert(Invitation inv, Instant at) {
        jdbc.sql("""
                INSERT INTO interview_invitation (application_id, case_id, slot_id, uid, sequence_no, reply, cancelled, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(inv.applicationId(), inv.caseId(), inv.slotId(), inv.uid(), inv.sequence(), inv.reply(), inv.cancelled(),
                Time.utc(at))
            .update();
    }

    /** The invitation's new version: its slot, SEQUENCE, reply and whether it is cancelled. */
    void update(Invitation inv, Instant at) {
        jdbc.sql("""
                UPDATE interview_invitation SET slot_id = ?, sequence_no = ?, reply = ?, cancelled = ?, updated_at = ?
                WHERE application_id = ?""")
            .params(inv.slotId(), inv.sequence(), inv.reply(), inv.cancelled(), Time.utc(at), inv.applicationId())
            .update();
    }

    void reply(UUID applicationId, String reply, Instant at) {
        jdbc.sql("UPDATE interview_invitation SET reply = ?, updated_at = ? WHERE application_id = ?")
            .params(reply, Time.utc(at), applicationId).update();
    }

    /** A note as written: its text, its file (already in the file store) or both; the author by user id. */
    record NewNote(UUID id, UUID applicationId, UUID caseId, UUID slotId, UUID authorId, String body, UUID fileId,
                   String fileType, String contentType) {
    }

    void insert(NewNote n, Instant at) {
        jdbc.sql("""
                INSERT INTO interview_note (id, application_id, case_id, slot_id, author_id, body, stored_file_id, file_type,
                                            content_type, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(n.id(), n.applicationId(), n.caseId(), n.slotId(), n.authorId(), n.body(), n.fileId(), n.fileType(),
                n.contentType(), Time.utc(at))
            .update();
    }

    /** The candidate's notes, oldest first, with their authors' names. */
    List<Note> notes(UUID applicationId) {
        return jdbc.sql("""
                SELECT n.*, u.display_name FROM interview_note n JOIN app_user u ON u.id = n.author_id
                WHERE n.application_id = ? ORDER BY n.created_at, n.id""")
            .param(applicationId)
            .query((rs, i) -> new Note(rs.getObject("id", UUID.class), applicationId, rs.getObject("slot_id", UUID.class),
                rs.getString("display_name"), rs.getString("body"), rs.getObject("stored_file_id", UUID.class),
                rs.getString("file_type"), rs.getString("content_type"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant()))
            .list();
    }

    private static Slot slot(ResultSet rs) throws SQLException {
        return new Slot(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
            rs.getString("place"), rs.getString("panel"));
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getObject("application_id", UUID.class), rs.getObject("case_id", UUID.class),
            rs.getObject("slot_id", UUID.class), rs.getString("uid"), rs.getInt("sequence_no"), rs.getString("reply"),
            rs.getBoolean("cancelled"));
    }
}
