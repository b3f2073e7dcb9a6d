package dk.rekrut.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The shared integration-test setup: one Spring context (with demo data and a movable clock) for every test
 * that uses it, on H2 in memory by default or on PostgreSQL when SPRING_DATASOURCE_URL points there. Every log line
 * is kept ({@link LogCapture}) so tests can check that no personal data is logged.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, StatementCounter.class, LogCaptureConfiguration.class})
public @interface RekrutTest {
}
