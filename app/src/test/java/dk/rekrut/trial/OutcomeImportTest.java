package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutcomeImportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static TrialRepository.Subject subject(String pseudonym, LocalDate assignedOn) {
        return new TrialRepository.Subject(UUID.randomUUID(), pseudonym, "all", 0, Arm.TOOL, assignedOn,
            UUID.randomUUID(), null, Education.LONG_HIGHER, AgeBand.AGE_25_29, true, 1);
    }

    private static final List<TrialRepository.Subject> SUBJECTS = List.of(
        subject("p-one", LocalDate.of(2026, 1, 10)), subject("p-two", LocalDate.of(2026, 2, 1)));

    private static OutcomeImport.Result check(String text) {
        return OutcomeImport.check(text.getBytes(StandardCharsets.UTF_8), SUBJECTS, TODAY);
    }

    @Test
    void goodLinesInEitherDateFormAndLanguageAreRead() {
        var r = check("pseudonym;date;outcome\r\np-one;2026-03-31;EMPLOYED\np-two;01-04-2026;søgt\n\np-two;02.04.2026;Samtale\n");
        assertThat(r.ok()).isTrue();
        assertThat(r.lines()).extracting(OutcomeImport.Line::kind)
            .containsExactly(Outcome.EMPLOYED, Outcome.APPLIED, Outcome.INTERVIEW);
        assertThat(r.lines().get(1).date()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void everyBadLineIsNamedAndNothingIsKept() {
        var r = check("""
            p-one;2026-03-31;EMPLOYED
            p-unknown;2026-03-31;EMPLOYED
            p-one;2026-02-30;EMPLOYED
            p-one;2026-03-31;fired
            p-two;2026-01-15;EMPLOYED
            p-two;2026-07-01;EMPLOYED
            p-two,2026-03-01,EMPLOYED
            """);
        assertThat(r.ok()).isFalse();
        assertThat(r.lines()).isEmpty();
        assertThat(r.errors()).containsExactly(new OutcomeImport.Error(2, "unknown-pseudonym"),
            new OutcomeImport.Error(3, "date"), new OutcomeImport.Error(4, "outcome"),
            new OutcomeImport.Error(5, "before-assignment"), new OutcomeImport.Error(6, "future"),
            new OutcomeImport.Error(7, "fields"));
    }

    @Test
    void fileProblemsAreNamedAsLineZero() {
        assertThat(check("").errors()).containsExactly(new OutcomeImport.Error(0, "empty"));
        assertThat(check("pseudonym;date;outcome\n").errors()).containsExactly(new OutcomeImport.Error(0, "empty"));
        var latin1 = OutcomeImport.check(new byte[] {'p', ';', (byte) 0xf8, '\n'}, SUBJECTS, TODAY);
        assertThat(latin1.errors()).containsExactly(new OutcomeImport.Error(0, "encoding"));
    }
}
