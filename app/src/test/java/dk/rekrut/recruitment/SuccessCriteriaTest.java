package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 21: the success criteria the scorecard rates are the non-empty lines of the job profile's field. */
class SuccessCriteriaTest {

    @Test
    void oneCriterionPerNonEmptyLineWithoutListMarkersOrDoubleSpaces() {
        String text = """
            - Sagsbehandlingstiden er nede på 20 dage

            * Borgerne  får svar   på første henvendelse
            • Teamet bruger det nye journalsystem\r
            1. Budgettet holdes
            2) Kollegerne oplever sparring
               Et kriterium uden markør  \s
            """;
        assertThat(JobProfile.criteriaOf(text)).containsExactly("Sagsbehandlingstiden er nede på 20 dage",
            "Borgerne får svar på første henvendelse", "Teamet bruger det nye journalsystem", "Budgettet holdes",
            "Kollegerne oplever sparring", "Et kriterium uden markør");
    }

    @Test
    void aLineThatRepeatsAnEarlierOneIsRatedOnce() {
        assertThat(JobProfile.criteriaOf("Budgettet holdes\n- budgettet  holdes\nTeamet trives"))
            .containsExactly("Budgettet holdes", "Teamet trives");
    }

    @Test
    void aDashInsideTheTextOrANumberWithoutMarkerStays() {
        assertThat(JobProfile.criteriaOf("Tilfredshed - målt i 2027\n2027 er året")).containsExactly(
            "Tilfredshed - målt i 2027", "2027 er året");
    }

    @Test
    void noTextNoCriteria() {
        assertThat(JobProfile.criteriaOf(null)).isEmpty();
        assertThat(JobProfile.criteriaOf(" \n \n")).isEmpty();
        assertThat(new JobProfile("Opgaver", null, null, null, null, null).criteria()).isEmpty();
        assertThat(new JobProfile(null, null, null, null, "- Et\n- To", null).criteria()).containsExactly("Et", "To");
    }
}
