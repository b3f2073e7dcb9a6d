package dk.rekrut.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.audit.AuditQuery;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RekrutTest
class IdentityAccessTest {

    @Autowired IdentityAccess identities;
    @Autowired AuditLog audit;

    @Test
    void everyReadIsAuditedWithItsReasonAndWithoutTheIdentity() {
        UUID candidate = UUID.randomUUID();
        var identity = new ApplicantIdentity("Fatima Al-Hassan", "fatima@example.dk", "+45 12 34 56 78",
            "Nørrebrogade 1", "2200", "København N", LocalDate.of(1990, 3, 3));
        identities.store(candidate, identity);

        assertThat(identities.reveal(candidate, "receipt e-mail")).contains(identity);
        assertThat(identities.reveal(candidate, "re-identification")).isPresent();

        var reads = audit.search(new AuditQuery(null, AuditAction.IDENTITY_READ, candidate.toString(), null, null, 10));
        assertThat(reads).extracting(e -> e.details()).containsExactlyInAnyOrder("receipt e-mail", "re-identification");
        var all = audit.search(new AuditQuery(null, null, candidate.toString(), null, null, 10));
        assertThat(all).allSatisfy(e -> assertThat(String.valueOf(e.details())).doesNotContain("Fatima", "fatima@", "12 34"));
    }

    @Test
    void identityNeverPrintsItself() {
        var identity = new ApplicantIdentity("Jens Hansen", "jens@example.dk", null, null, null, null, null);
        assertThat(identity.toString()).doesNotContain("Jens", "jens@");
    }

    @Test
    void readingAnUnknownCandidateRevealsNothingAndAuditsNothing() {
        UUID unknown = UUID.randomUUID();
        assertThat(identities.reveal(unknown, "test")).isEmpty();
        assertThat(audit.search(new AuditQuery(null, AuditAction.IDENTITY_READ, unknown.toString(), null, null, 10))).isEmpty();
    }
}
