package dk.rekrut.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return UserAccounts.passwordEncoder();
    }
}
