package dk.rekrut.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Puts the suite's {@link LogCapture} in the shared test context, so it records from the context's start. */
@TestConfiguration(proxyBeanMethods = false)
public class LogCaptureConfiguration {

    @Bean
    LogCapture logCapture() {
        return LogCapture.install();
    }
}
