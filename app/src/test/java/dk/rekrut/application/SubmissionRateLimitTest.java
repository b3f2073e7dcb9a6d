package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import dk.rekrut.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SubmissionRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final SubmissionRateLimit limit = new SubmissionRateLimit(clock, 3);

    @Test
    void aClientOverTheLimitGets429WithRetryAfterAndOthersAreNotAffected() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.preHandle(post("10.0.0.1"), new MockHttpServletResponse(), null)).isTrue();
        }
        var res = new MockHttpServletResponse();
        assertThat(limit.preHandle(post("10.0.0.1"), res, null)).isFalse();
        assertThat(res.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(res.getHeader("Retry-After"))).isBetween(1, 20);
        assertThat(limit.preHandle(post("10.0.0.2"), new MockHttpServletResponse(), null)).isTrue();

        clock.advance(Duration.ofSeconds(20)); // one token back at 3 per minute
        assertThat(limit.preHandle(post("10.0.0.1"), new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void readingTheFormIsNotLimited() throws Exception {
        for (int i = 0; i < 10; i++) {
            var get = new MockHttpServletRequest("GET", "/jobs/x/apply");
            get.setRemoteAddr("10.0.0.3");
            assertThat(limit.preHandle(get, new MockHttpServletResponse(), null)).isTrue();
        }
    }

    private static MockHttpServletRequest post(String ip) {
        var r = new MockHttpServletRequest("POST", "/jobs/x/apply");
        r.setRemoteAddr(ip);
        return r;
    }
}
