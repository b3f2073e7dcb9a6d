package dk.rekrut.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A recruitment case as read from the database. Changes go through {@link Cases}. {@code anonymityLocked}: the case
 * has been published at least once, so {@code anonymous} is fixed for good (unpublishing does not reopen it).
 */
public record RecruitmentCase(UUID id, String title, UUID unitId, CaseStatus status, Category category,
                              JobProfile profile, Terms terms, ContactPerson contact, Instant deadline,
                              boolean anonymous, boolean anonymityLocked, boolean videoAllowed, UUID createdBy,
                              Instant createdAt, Instant updatedAt, int version, List<LocalDate> interviewDates,
                              List<TeamMember> team) {

    public boolean hasMember(UUID userId) {
        return team.stream().anyMatch(m -> m.userId().equals(userId));
    }

    public boolean hasMember(UUID userId, TeamRole... roles) {
        return team.stream().anyMatch(m -> m.userId().equals(userId) && Stream.of(roles).anyMatch(r -> r == m.teamRole()));
    }

    public boolean isOpenForApplications(Instant now) {
        return status == CaseStatus.PUBLISHED && now.isBefore(deadline);
    }
}
