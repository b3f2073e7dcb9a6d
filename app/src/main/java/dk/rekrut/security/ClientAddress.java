package dk.rekrut.security;

import dk.rekrut.shared.ClientKey;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for login throttling: the socket's, or the one a trusted proxy forwarded (Tomcat's
 * RemoteIpValve has already applied server.tomcat.remoteip.*), never a header the client set itself; an IPv6 address
 * counts as its /64 network ({@link ClientKey}).
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The address of the request this thread is serving. */
    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
            ? ClientKey.of(a.getRequest().getRemoteAddr()) : UNKNOWN;
    }

    /** The address a login attempt came from, as Spring Security recorded it. */
    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
            ? ClientKey.of(d.getRemoteAddress()) : current();
    }
}
