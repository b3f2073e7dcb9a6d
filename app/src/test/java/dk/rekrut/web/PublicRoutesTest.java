package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import dk.rekrut.shared.PrivateLink;
import dk.rekrut.shared.RateLimited;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Which routes the web layer treats as public submissions and as private links, read from the handlers themselves. */
@RekrutTest
class PublicRoutesTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theRateLimitCoversExactlyThePublicSubmissions() {
        var limited = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            if (method.hasMethodAnnotation(RateLimited.class)) {
                info.getMethodsCondition().getMethods().forEach(m -> info.getPatternValues().forEach(p -> limited.add(m + " " + p)));
            }
        });
        assertThat(limited).containsExactlyInAnyOrder("POST /jobs/{postingId}/apply",
            "POST /api/v1/postings/{postingId}/applications", "POST /my-application/resend", "POST /jobs/agent",
            "POST /jobs/talent-pool");
    }

    @Test
    void everyPageWhoseAddressCarriesATokenIsAPrivateLink() {
        Set<String> unmarked = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
            .filter(p -> p.contains("{token}") && !p.startsWith("/api/") && !isPrivate(method))
            .forEach(unmarked::add));
        assertThat(unmarked).isEmpty();
    }

    private static boolean isPrivate(HandlerMethod method) {
        return method.hasMethodAnnotation(PrivateLink.class) || method.getBeanType().isAnnotationPresent(PrivateLink.class);
    }
}
