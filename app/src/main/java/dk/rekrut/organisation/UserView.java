package dk.rekrut.organisation;

import java.util.UUID;

/** What other modules may know about a user: no password hash, no lock-out state. */
public record UserView(UUID id, String username, String displayName, String email, UUID unitId, Role role,
                       boolean enabled) {
}
