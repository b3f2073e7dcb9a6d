package dk.rekrut.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the operator when Rekrut stands behind a proxy it does not trust: a request from an address inside the
 * network (loopback, private, link-local, unique local) that still carries X-Forwarded-For, which Tomcat would have
 * taken off had the proxy been listed in {@code server.tomcat.remoteip.internal-proxies}. Every client then counts as
 * the proxy: one client's failed logins lock out everyone and the rate limit is shared by all. A warning in the log
 * at most every ten minutes; the request goes on unchanged. A client's own X-Forwarded-For from outside the network
 * (a corporate forward proxy adds one) says nothing about this site and is passed over.
 */
@Component
class UntrustedProxyWarning extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UntrustedProxyWarning.class);
    private static final Duration QUIET = Duration.ofMinutes(10);

    private final Clock clock;
    private final AtomicLong lastWarned = new AtomicLong(Long.MIN_VALUE);

    UntrustedProxyWarning(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (untrustedProxy(request)) {
            long now = clock.millis();
            long last = lastWarned.get();
            if ((last == Long.MIN_VALUE || now - last >= QUIET.toMillis()) && lastWarned.compareAndSet(last, now)) {
                LOG.warn("Requests arrive through a proxy at {} that is not trusted: set server.tomcat.remoteip.internal-proxies"
                    + " to its address, or every client counts as the proxy (shared login lock-out and rate limit)."
                    + " See docs/operations.md, \"Behind a load balancer\".", request.getRemoteAddr());
            }
        }
        chain.doFilter(request, response);
    }

    /** A peer inside the network that forwards for someone else, and was not trusted to say whom. */
    static boolean untrustedProxy(HttpServletRequest request) {
        return request.getHeader("X-Forwarded-For") != null && insideTheNetwork(request.getRemoteAddr());
    }

    private static boolean insideTheNetwork(String address) {
        if (address == null || !(address.indexOf(':') >= 0 || address.chars().allMatch(c -> c == '.' || Character.isDigit(c)))) {
            return false; // not an IP literal: never looked up
        }
        try {
            var a = InetAddress.getByName(address);
            return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()
                || (a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
