package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.shared.PlainText;
import dk.rekrut.support.RekrutTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Security review 2026-12-07 (sec5, low): an applicant's name with a right-to-left override ("Anna \u202Enesnej")
 * reads "Anna jensen" on staff pages while it is stored and searched as something else. The one-line fields are
 * stored without bidirectional controls; a name of nothing but such controls is no name.
 */
@RekrutTest
class BidiControlsTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired JdbcClient jdbc;

    @Test
    void theNameIsStoredWithoutBidirectionalControls() {
        var posted = fixture.publish("Bidi " + UUID.randomUUID(), 5, false);
        var receipt = submissions.submit(ApplicationFixtures.submission(posted,
            "Anna \u202Enesnej\u202C \u2067Hansen\u2069", "bidi." + UUID.randomUUID() + "@example.com"));

        String stored = jdbc.sql("SELECT full_name FROM applicant_identity WHERE candidate_id = ?")
            .param(receipt.applicationId()).query(String.class).single();
        assertThat(stored).isEqualTo("Anna nesnej Hansen");
    }

    @Test
    void aNameOfOnlyBidirectionalControlsIsRefused() {
        var posted = fixture.publish("Bidi " + UUID.randomUUID(), 5, false);
        assertThatThrownBy(() -> submissions.submit(ApplicationFixtures.submission(posted, "\u202E\u202C",
            "bidi." + UUID.randomUUID() + "@example.com")))
            .isInstanceOf(SubmissionRejected.class);
    }

    @Test
    void otherLettersAndMarksStay() {
        assertThat(PlainText.plain("  \u0645\u062D\u0645\u062F Øster\u200Cgaard \u200F ")).isEqualTo(
            "\u0645\u062D\u0645\u062F Øster\u200Cgaard \u200F");
        assertThat(PlainText.plain(null)).isNull();
    }
}
