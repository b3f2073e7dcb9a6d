package dk.rekrut.recruitment;

import java.util.UUID;

public record TeamMember(UUID userId, String displayName, TeamRole teamRole) {
}
