package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import dk.rekrut.support.MutableClock;
import dk.rekrut.shared.RateLimited;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

class RateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final RateLimit limit = new RateLimit(clock, new RateLimitProperties(3));
    private final HandlerMethod submit = handler("submit");

    @Test
    void aClientOverTheLimitGets429WithRetryAfterAndOthersAreNotAffected() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.preHandle(post("10.0.0.1"), new MockHttpServletResponse(), submit)).isTrue();
        }
        var res = new MockHttpServletResponse();
        assertThat(limit.preHandle(post("10.0.0.1"), res, submit)).isFalse();
        assertThat(res.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(res.getHeader("Retry-After"))).isBetween(1, 20);
        assertThat(limit.preHandle(post("10.0.0.2"), new MockHttpServletResponse(), submit)).isTrue();

        clock.advance(Duration.ofSeconds(20)); // one token back at 3 per minute
        assertThat(limit.preHandle(post("10.0.0.1"), new MockHttpServletResponse(), submit)).isTrue();
    }

    @Test
    void anIpv6ClientCountsAsItsSlash64SoANewAddressInItStartsNothingAfresh() throws Exception {
        for (int i = 1; i <= 3; i++) {
            assertThat(limit.preHandle(post("2001:db8:1:2::" + i), new MockHttpServletResponse(), submit)).isTrue();
        }
        assertThat(limit.preHandle(post("2001:db8:1:2:abcd:ef01:2345:6789"), new MockHttpServletResponse(), submit)).isFalse();
        assertThat(limit.preHandle(post("2001:db8:1:3::1"), new MockHttpServletResponse(), submit)).isTrue();
    }

    @Test
    void readingTheFormIsNotLimited() throws Exception {
        for (int i = 0; i < 10; i++) {
            var get = new MockHttpServletRequest("GET", "/jobs/x/apply");
            get.setRemoteAddr("10.0.0.3");
            assertThat(limit.preHandle(get, new MockHttpServletResponse(), submit)).isTrue();
        }
    }

    @Test
    void postsToHandlersThatAreNotMarkedAreNotLimited() throws Exception {
        var other = handler("save");
        for (int i = 0; i < 10; i++) {
            assertThat(limit.preHandle(post("10.0.0.4"), new MockHttpServletResponse(), other)).isTrue();
        }
    }

    /** Stands for a controller: one public submission and one ordinary form post. */
    static class Handlers {
        @RateLimited
        void submit() {
        }

        void save() {
        }
    }

    private static HandlerMethod handler(String name) {
        try {
            return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static MockHttpServletRequest post(String ip) {
        var r = new MockHttpServletRequest("POST", "/jobs/x/apply");
        r.setRemoteAddr(ip);
        return r;
    }
}
