package dk.rekrut.interview;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users on each slot's interview panel and the version of the calendar event each was last sent (interview_panel_member). */
@Repository
class PanelRepository {

    record Member(UUID slotId, UUID userId, int sequence) {
    }

    private final JdbcClient jdbc;

    PanelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the users to the slot's panel, each with no calendar event sent yet (the first sent is SEQUENCE 0). */
    void add(UUID slotId, Collection<UUID> userIds) {
        for (UUID userId : userIds) {
            jdbc.sql("INSERT INTO interview_panel_member (slot_id, user_id, sequence_no) VALUES (?, ?, -1)")
                .params(slotId, userId).update();
        }
    }

    void remove(UUID slotId, Collection<UUID> userIds) {
        for (UUID userId : userIds) {
            jdbc.sql("DELETE FROM interview_panel_member WHERE slot_id = ? AND user_id = ?").params(slotId, userId).update();
        }
    }

    List<Member> members(UUID slotId) {
        return jdbc.sql("SELECT * FROM interview_panel_member WHERE slot_id = ? ORDER BY user_id").param(slotId)
            .query((rs, n) -> new Member(rs.getObject("slot_id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getInt("sequence_no"))).list();
    }

    /** The panel members of the case's slots, by slot, in one query. */
    Map<UUID, List<UUID>> membersOfCase(UUID caseId) {
        return jdbc.sql("""
                SELECT p.slot_id, p.user_id FROM interview_panel_member p JOIN interview_slot s ON s.id = p.slot_id
                WHERE s.case_id = ? ORDER BY p.user_id""").param(caseId)
            .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list().stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The next version of the member's event: one more than the last sent, kept so that the one after is higher still. */
    int nextSequence(UUID slotId, UUID userId) {
        jdbc.sql("UPDATE interview_panel_member SET sequence_no = sequence_no + 1 WHERE slot_id = ? AND user_id = ?")
            .params(slotId, userId).update();
        return jdbc.sql("SELECT sequence_no FROM interview_panel_member WHERE slot_id = ? AND user_id = ?")
            .params(slotId, userId).query(Integer.class).single();
    }
}
