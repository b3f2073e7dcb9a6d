package dk.rekrut.anonymisation;

import dk.rekrut.redaction.RedactionEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    /** One shared engine: it is thread-safe and loads its gazetteers once. */
    @Bean
    RedactionEngine redactionEngine() {
        return new RedactionEngine();
    }
}
