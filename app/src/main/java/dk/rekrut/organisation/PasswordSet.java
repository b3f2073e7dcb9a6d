package dk.rekrut.organisation;

import java.util.UUID;

/**
 * An administrator set a new password for a user, published in the same transaction. A new password is what an
 * administrator does when the old one got out, so the sessions logged in with the old one must end (security module).
 */
public record PasswordSet(UUID userId, String username) {
}
