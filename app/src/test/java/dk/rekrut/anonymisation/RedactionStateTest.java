package dk.rekrut.anonymisation;

import static dk.rekrut.anonymisation.RedactionState.DONE;
import static dk.rekrut.anonymisation.RedactionState.FAILED;
import static dk.rekrut.anonymisation.RedactionState.NEEDS_REVIEW;
import static dk.rekrut.anonymisation.RedactionState.WITHHELD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RedactionStateTest {

    @Test
    void aBlockedDocumentIsWithheldOrFailedAndNeverReleasable() {
        var blocked = EnumSet.allOf(RedactionState.class).stream().filter(RedactionState::isBlocked).toList();
        assertThat(blocked).containsExactly(WITHHELD, FAILED);
        assertThat(blocked).noneMatch(RedactionState::releasable);
    }

    @Test
    void eachStateAnswersOnlyForItself() {
        assertThat(EnumSet.allOf(RedactionState.class).stream().filter(RedactionState::isDone)).containsExactly(DONE);
        assertThat(EnumSet.allOf(RedactionState.class).stream().filter(RedactionState::needsReview)).containsExactly(NEEDS_REVIEW);
        assertThat(EnumSet.allOf(RedactionState.class).stream().filter(RedactionState::isWithheld)).containsExactly(WITHHELD);
        assertThat(EnumSet.allOf(RedactionState.class).stream().filter(RedactionState::isFailed)).containsExactly(FAILED);
    }
}
