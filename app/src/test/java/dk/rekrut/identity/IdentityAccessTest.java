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

    /**
     * Review 2026-12-06, L5: a right-to-left override made "…passwd\u202Efdp.txt" read as "…passwdtxt.pdf" on the HR
     * page. Format characters (zero-width, bidi overrides and isolates) go, like control characters and the path.
     */
    @Test
    void fileNamesKeepNoControlOrFormatCharacters() {
        assertThat(IdentityAccess.safeName("..%2f..%2f..%2fetc%2fpasswd\u202Efdp.txt"))
            .isEqualTo("..%2f..%2f..%2fetc%2fpasswdfdp.txt");
        assertThat(IdentityAccess.safeName("c\u200Bv\u200D\u2066.p\u2069d\uFEFFf\u00AD\u202A\u202C\u0007\u0085\u2028.pdf"))
            .isEqualTo("cv.pdf.pdf");
        assertThat(IdentityAccess.safeName("\u202E\u200B")).isEqualTo("dokument");
        assertThat(IdentityAccess.safeName("C:\\Users\\Ærø Ørsted – CV (endelig).pdf")).isEqualTo("Ærø Ørsted – CV (endelig).pdf");
        assertThat(IdentityAccess.safeName("x".repeat(500) + ".pdf")).hasSize(200).endsWith(".pdf");
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
