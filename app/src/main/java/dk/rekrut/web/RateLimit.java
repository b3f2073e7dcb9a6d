package dk.rekrut.web;

import dk.rekrut.shared.ClientKey;
import dk.rekrut.shared.RateLimited;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Per-client limit on the handlers marked {@link RateLimited} (public submissions: form, API, link re-sending, job
 * agent and talent pool sign-up): a token bucket per client address (an IPv6 client's /64, {@link ClientKey}), answered with 429 and Retry-After. Kept per instance on purpose: it is abuse protection, not a business rule,
 * and it needs no shared state; N instances allow N times the rate.
 */
@Configuration(proxyBeanMethods = false)
class RateLimit implements WebMvcConfigurer, HandlerInterceptor {

    private record Bucket(double tokens, long at) {
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perMinute;

    RateLimit(Clock clock, RateLimitProperties properties) {
        this.clock = clock;
        this.perMinute = properties.submissionsPerMinute();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())
            || !(handler instanceof HandlerMethod method && method.hasMethodAnnotation(RateLimited.class))) {
            return true;
        }
        long now = clock.millis();
        double perMilli = perMinute / 60_000.0;
        String client = ClientKey.of(request.getRemoteAddr());
        var bucket = buckets.compute(client, (k, b) -> {
            // A clock set back (NTP, or a test moving its clock) must not drain the bucket: no negative refill.
            double tokens = b == null ? perMinute : Math.min(perMinute, b.tokens() + Math.max(0, now - b.at()) * perMilli);
            return new Bucket(tokens - 1, now);
        });
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of addresses must not exhaust memory
        }
        if (bucket.tokens() < 0) {
            long retryAfter = (long) Math.ceil(-bucket.tokens() / perMilli / 1000.0);
            buckets.computeIfPresent(client, (k, b) -> new Bucket(b.tokens() + 1, b.at()));
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter)));
            response.setContentType("text/plain;charset=UTF-8");
            try {
                response.getWriter().write("For mange forsøg. Vent lidt og prøv igen. / Too many attempts. Please wait and try again.");
            } catch (IOException ignored) {
                // the status and header are what matter
            }
            return false;
        }
        return true;
    }
}
