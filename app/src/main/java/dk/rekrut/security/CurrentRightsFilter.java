package dk.rekrut.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session remembers who logged in, never what they may do: the account is read from the database on every
 * request. A disabled or deleted account loses its session at once; a changed role takes effect at once, for the
 * route rules as well as the services (security review H1). A session also ends a fixed time after login, however
 * busy it is (ASVS 3.3.2; the idle limit is spring.session.timeout).
 */
final class CurrentRightsFilter extends OncePerRequestFilter {

    /** Request attribute: the account as read for this request, so {@link CurrentUsers} need not read it again. */
    static final String ACCOUNT = "rekrut.account";

    /** Session attribute: when this session's user was first seen logged in (epoch millis). */
    static final String AUTHENTICATED_AT = "rekrut.authenticatedAt";

    private final OrganisationDirectory directory;
    private final Clock clock;
    private final Duration absoluteTimeout;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    /** The clock is the real one, never the application's movable clock: session expiry is infrastructure. */
    CurrentRightsFilter(OrganisationDirectory directory, Clock clock, Duration absoluteTimeout) {
        this.directory = directory;
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            var account = directory.userByUsername(auth.getName()).filter(UserView::enabled);
            if (account.isEmpty() || tooOld(request)) {
                contexts.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                request.setAttribute(ACCOUNT, account.get());
                Set<String> now = Set.of(account.get().role().authority());
                if (!names(auth.getAuthorities()).equals(now)) {
                    var context = contexts.createEmptyContext();
                    context.setAuthentication(withAuthorities(auth, now));
                    contexts.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** Stamps a session at its first authenticated request; true once the stamp is older than the absolute limit. */
    private boolean tooOld(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false; // the stateless API authenticates every request
        }
        long now = clock.millis();
        if (!(session.getAttribute(AUTHENTICATED_AT) instanceof Long since)) {
            session.setAttribute(AUTHENTICATED_AT, now);
            return false;
        }
        return now - since > absoluteTimeout.toMillis();
    }

    private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static Authentication withAuthorities(Authentication auth, Set<String> names) {
        List<GrantedAuthority> authorities = names.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        if (auth instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof OAuth2User principal) {
            return new OAuth2AuthenticationToken(principal, authorities, oidc.getAuthorizedClientRegistrationId());
        }
        return UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
    }
}
