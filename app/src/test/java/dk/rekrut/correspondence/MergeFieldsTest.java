package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import dk.rekrut.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Issue 21: merge fields in HR's messages, filled per recipient; unknown and empty fields refuse, never blank out. */
class MergeFieldsTest {

    private static final Map<String, String> ANNA = Map.of("fornavn", "Anna", "navn", "Anna Berg Holm",
        "stilling", "Jurist", "samtale.tid", "torsdag 7. januar 2027 kl. 9.00", "kandidatnummer", "K-4821");

    @Test
    void fillsEveryFieldWithTheRecipientsValueAndLeavesTheRestOfTheTextAlone() {
        String text = "Kære {fornavn}\n\nDin samtale om {stilling} er {samtale.tid}. Vi ses, {fornavn}!";
        assertThat(MergeFields.fill(text, ANNA, "K-4821"))
            .isEqualTo("Kære Anna\n\nDin samtale om Jurist er torsdag 7. januar 2027 kl. 9.00. Vi ses, Anna!");
        assertThat(MergeFields.fill("Ingen felter her.", ANNA, "K-4821")).isEqualTo("Ingen felter her.");
    }

    @Test
    void aValueIsInsertedLiterallyNeverReadAsAFieldOrARegexReplacement() {
        var odd = Map.of("fornavn", "$1 {navn} \\", "navn", "X");
        assertThat(MergeFields.fill("Hej {fornavn}", odd, "K-1")).isEqualTo("Hej $1 {navn} \\");
    }

    @Test
    void unknownFieldsAreRefusedByNameBeforeAnythingIsFilled() {
        assertThat(MergeFields.unknown("Kære {fornavn} {efternavn} og {{name}}")).containsExactly("efternavn", "name");
        assertThatThrownBy(() -> MergeFields.fill("Kære {efternavn}", ANNA, "K-4821"))
            .isInstanceOf(RuleViolation.class)
            .satisfies(e -> {
                var v = (RuleViolation) e;
                assertThat(v.messageKey()).isEqualTo("error.message.unknown-field");
                assertThat(v.args()).containsExactly("{efternavn}");
            });
        // A brace that opens or closes no field is a field written wrongly, not text to send as it is.
        assertThat(MergeFields.unknown("Kære {fornavn")).containsExactly("{");
        assertThat(MergeFields.unknown("Kære fornavn}")).containsExactly("{");
        assertThat(MergeFields.unknown("Kære {fornavn}, {samtale.tid}")).isEmpty();
    }

    @Test
    void aKnownFieldWithoutAValueForThisRecipientRefusesAndNamesTheCandidateByNumberOnly() {
        assertThatThrownBy(() -> MergeFields.fill("Samtale {samtale.sted}", ANNA, "K-4821"))
            .isInstanceOf(RuleViolation.class)
            .satisfies(e -> {
                var v = (RuleViolation) e;
                assertThat(v.messageKey()).isEqualTo("error.message.empty-field");
                assertThat(v.args()).containsExactly("{samtale.sted}", "K-4821");
            });
    }

    @Test
    void theDocumentedListHoldsTheFieldsTheIssueNames() {
        assertThat(MergeFields.NAMES).contains("fornavn", "stilling", "frist", "samtale.tid").doesNotHaveDuplicates();
        assertThat(MergeFields.NAMES.stream().flatMap(f -> MergeFields.unknown("{" + f + "}").stream()).toList())
            .isEqualTo(List.of());
    }
}
