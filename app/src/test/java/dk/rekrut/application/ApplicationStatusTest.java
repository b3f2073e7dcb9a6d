package dk.rekrut.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApplicationStatusTest {

    @Test
    void chosenMeansShortlistedOrLaterButNotRejectedOrWithdrawn() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isChosen)).containsExactly(
            ApplicationStatus.SHORTLISTED, ApplicationStatus.INVITED, ApplicationStatus.INTERVIEWED,
            ApplicationStatus.OFFERED, ApplicationStatus.HIRED);
    }

    @Test
    void eachPageRuleHoldsForItsOwnStatusOnly() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isWithdrawn))
            .containsExactly(ApplicationStatus.WITHDRAWN);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isInvited))
            .containsExactly(ApplicationStatus.INVITED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isOffered))
            .containsExactly(ApplicationStatus.OFFERED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::isHired))
            .containsExactly(ApplicationStatus.HIRED);
    }

    @Test
    void hiredComesOnlyAfterOfferedAndAnEarlierHireGoesThroughTheOffer() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(ApplicationStatus::mayBeHired))
            .containsExactly(ApplicationStatus.OFFERED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(s -> s.movesThroughOffer(ApplicationStatus.HIRED)))
            .containsExactly(ApplicationStatus.RECEIVED, ApplicationStatus.IN_SCREENING, ApplicationStatus.SHORTLISTED,
                ApplicationStatus.INVITED, ApplicationStatus.INTERVIEWED);
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream()
            .filter(s -> s.movesThroughOffer(ApplicationStatus.OFFERED))).hasSize(ApplicationStatus.values().length);
        assertThat(ApplicationStatus.INTERVIEWED.movesThroughOffer(ApplicationStatus.SHORTLISTED)).isFalse();
    }

    @Test
    void onlyTheApplicantWithdraws() {
        assertThat(EnumSet.allOf(ApplicationStatus.class).stream().filter(s -> !s.settableByStaff()))
            .containsExactly(ApplicationStatus.WITHDRAWN);
    }
}
