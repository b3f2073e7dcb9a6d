package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.UUID;
import dk.rekrut.support.LogCapture;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Review 2026-12-06, M4: "Value too long for column … 'Hemmeligvej PIIMARKER …" was logged with the value. A value
 * the database refuses, which no check caught first, is answered 422 and logged by its class and SQL state only.
 */
@RekrutTest
class RefusedByDatabaseTest {

    @Autowired LayoutAdvice advice;
    @Autowired JdbcClient jdbc;
    @Autowired LogCapture log;

    @Test
    void aValueTheDatabaseRefusesIsNeverEchoedIntoTheLog() {
        String marker = "Hemmeligvej " + UUID.randomUUID();
        var fromDatabase = catchThrowableOfType(DataIntegrityViolationException.class, () -> jdbc.sql(
                "INSERT INTO organisation_unit (id, name, street, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
            .params(UUID.randomUUID(), "Enhed", marker + "x".repeat(400)).update());
        // H2 quotes the value in its message, PostgreSQL does not (but does in a broken unique key): quote it always.
        var refused = new DataIntegrityViolationException("Value too long for column \"STREET\": '" + marker + "'",
            fromDatabase);

        var api = (ResponseEntity<?>) advice.refusedByDatabase(refused, new MockHttpServletRequest("POST", "/api/v1/units"),
            Locale.forLanguageTag("da"));
        assertThat(api.getStatusCode().value()).isEqualTo(422);
        assertThat(String.valueOf(api.getBody())).contains("error.input.refused").doesNotContain(marker);
        var page = (ModelAndView) advice.refusedByDatabase(refused, new MockHttpServletRequest("POST", "/admin/units"),
            Locale.forLanguageTag("da"));
        assertThat(page.getStatus().value()).isEqualTo(422);

        assertThat(log.linesContaining("Refused by the database")).isNotEmpty();
        assertThat(log.linesContaining(marker)).isEmpty();
    }
}
