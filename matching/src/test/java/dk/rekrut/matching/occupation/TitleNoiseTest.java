package dk.rekrut.matching.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A vacancy title read without what postings add to it. */
class TitleNoiseTest {

    @Test
    void postingNoiseLeavesTheTitle() {
        assertThat(Titles.clean("Senior Sales Executive (m/w/d) - Urgent")).isEqualTo("Sales Executive -");
        assertThat(Titles.clean("Lagermedarbejder søges, fuldtid")).isEqualTo("Lagermedarbejder ,");
        assertThat(Titles.clean("SAP Consultant II, ref 1433113")).isEqualTo("SAP Consultant ,");
        assertThat(Titles.clean("Sygeplejerske m/k")).isEqualTo("Sygeplejerske");
        // Words that name the work stay, and a title of noise only is kept whole.
        assertThat(Titles.clean("Lektor i jura")).isEqualTo("Lektor i jura");
        assertThat(Titles.clean("Senior")).isEqualTo("Senior");
    }
}
