package testidp;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

// Outside dk.rekrut on purpose: Rekrut's component scan must never pick up the test identity provider.
/** The identity provider: its own users, with the e-mail claim Rekrut matches on. Nothing of Rekrut's. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class TestIdentityProvider {

    private static final Map<String, String> EMAILS = Map.of(
        "helle", "hr.udvidet@example.kk.dk",
        "stranger", "nobody@example.org");

    @Bean
    UserDetailsService providerUsers() {
        return new InMemoryUserDetailsManager(
            User.withUsername("helle").password("{noop}provider-password").roles("USER").build(),
            User.withUsername("stranger").password("{noop}provider-password").roles("USER").build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaim() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                context.getClaims().claim("email", EMAILS.get(context.getPrincipal().getName()));
            }
        };
    }
}
