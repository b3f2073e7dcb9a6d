package dk.rekrut.recruitment;

import static dk.rekrut.recruitment.CaseStatus.ARCHIVED;
import static dk.rekrut.recruitment.CaseStatus.CLOSED;
import static dk.rekrut.recruitment.CaseStatus.DRAFT;
import static dk.rekrut.recruitment.CaseStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void aCaseMovesOnlyAlongItsLife() {
        Map<CaseStatus, Set<CaseStatus>> allowed = Map.of(
            DRAFT, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.of(DRAFT, CLOSED),
            CLOSED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(CaseStatus.class));
        for (var from : CaseStatus.values()) {
            var to = EnumSet.noneOf(CaseStatus.class);
            Arrays.stream(CaseStatus.values()).filter(from::canMoveTo).forEach(to::add);
            assertThat(to).as(from.name()).isEqualTo(allowed.get(from));
        }
    }

    @Test
    void detailsChangeUntilClosingAndQuestionsOnlyBeforePublishing() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::allowsEditing)).containsExactly(DRAFT, PUBLISHED);
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::allowsQuestionChanges)).containsExactly(DRAFT);
    }

    @Test
    void onlyAPublishedCaseIsPublished() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isPublished)).containsExactly(PUBLISHED);
    }
}
