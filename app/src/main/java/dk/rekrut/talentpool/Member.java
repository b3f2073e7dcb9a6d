package dk.rekrut.talentpool;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person in (or invited to) a pool, as HR sees it. */
public record Member(UUID id, UUID poolId, String poolName, MemberStatus status, String name, String email,
                     String language, String profile, UUID cvFileId, UUID sourceApplicationId, Integer rating,
                     Instant consentUntil, Instant remindedAt, Instant createdAt, List<Icon> icons) {

    public boolean hasIcon(UUID iconId) {
        return icons.stream().anyMatch(i -> i.id().equals(iconId));
    }

    @Override
    public String toString() {
        return "Member[" + id + ", " + status + "]"; // no personal data in logs
    }
}
