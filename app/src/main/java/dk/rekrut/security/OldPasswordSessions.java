package dk.rekrut.security;

import dk.rekrut.organisation.PasswordSet;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A new password ends every session logged in with the old one (ASVS 3.3.3; security round sec9: the intruder with a
 * leaked password stayed logged in for up to 12 hours after the administrator replaced it). Sessions live in the
 * database, so this reaches every instance. It runs in the transaction that sets the password: both happen or neither.
 * The session that sets the password stays, so an administrator who changes their own is not logged out.
 */
@Component
class OldPasswordSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OldPasswordSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void end(PasswordSet event) {
        String current = currentSessionId();
        sessions.findByPrincipalName(event.username()).keySet().stream()
            .filter(id -> !id.equals(current))
            .forEach(sessions::deleteById);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            var session = request.getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
