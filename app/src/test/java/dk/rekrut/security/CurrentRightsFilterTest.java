package dk.rekrut.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.UserView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The absolute session limit (security review L10): a busy session still ends a fixed time after login. */
class CurrentRightsFilterTest {

    private final OrganisationDirectory directory = mock(OrganisationDirectory.class);
    private final MockHttpSession session = new MockHttpSession();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginHoweverBusy() throws Exception {
        var user = new UserView(UUID.randomUUID(), "hr.travl", "HR Travl", "t@example.dk", UUID.randomUUID(),
            Role.HR_EXTENDED, true);
        when(directory.userByUsername("hr.travl")).thenReturn(Optional.of(user));
        Instant login = Instant.parse("2026-12-06T07:00:00Z");

        assertThat(requestAt(login)).as("first request after login").isTrue();
        for (int hour = 1; hour <= 12; hour++) {
            assertThat(requestAt(login.plus(Duration.ofHours(hour)))).as("after %d h", hour).isTrue();
        }
        assertThat(requestAt(login.plus(Duration.ofHours(12)).plusSeconds(1))).as("past 12 h").isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    /** One request as the logged-in user at the given moment; true when it is still authenticated afterwards. */
    private boolean requestAt(Instant now) throws Exception {
        var filter = new CurrentRightsFilter(directory, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(12));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
            "hr.travl", null, List.of(new SimpleGrantedAuthority(Role.HR_EXTENDED.authority()))));
        var request = new MockHttpServletRequest("GET", "/cases");
        request.setSession(session);
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return SecurityContextHolder.getContext().getAuthentication() != null;
    }
}
