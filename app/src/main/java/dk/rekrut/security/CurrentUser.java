package dk.rekrut.security;

import java.util.UUID;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserView;

/** The logged-in staff user, resolved from the database on each request (no state in memory). */
public record CurrentUser(UUID id, String username, String displayName, UUID unitId, Role role) {

    static CurrentUser of(UserView u) {
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
