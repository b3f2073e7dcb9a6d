package dk.rekrut.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for login throttling: the socket's, or the one a trusted proxy forwarded (Tomcat's
 * RemoteIpValve has already applied server.tomcat.remoteip.*), never a header the client set itself.
 */
final class ClientAddress {

    static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    /** The address of the request this thread is serving. */
    static String current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
            ? a.getRequest().getRemoteAddr() : UNKNOWN;
    }

    /** The address a login attempt came from, as Spring Security recorded it. */
    static String of(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
            ? d.getRemoteAddress() : current();
    }
}
