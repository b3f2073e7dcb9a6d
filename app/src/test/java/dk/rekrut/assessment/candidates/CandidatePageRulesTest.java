package dk.rekrut.assessment.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.assessment.candidates.CandidatePages.Line;
import dk.rekrut.assessment.candidates.CandidatePages.Visibility;
import org.junit.jupiter.api.Test;

/** The candidate page's visibility rules and the list's order, without a server. */
class CandidatePageRulesTest {

    /** HR, a rater, anonymous or not, re-identified or not, blind rating, no rating seen yet, withdrawn. */
    private static Visibility reader(boolean manages, boolean rates, boolean anonymous, boolean reidentified,
                                     boolean blind, boolean seesNoRating, boolean withdrawn) {
        return new Visibility(manages, rates, anonymous, reidentified, blind, seesNoRating, withdrawn, false, false, false);
    }

    @Test
    void theCommitteeSeesNoHistoryOfAnAnonymousCandidateUntilReidentified() {
        assertThat(reader(false, true, true, false, false, false, false).history()).isFalse();
        assertThat(reader(false, true, true, true, false, false, false).history()).isTrue();
        assertThat(reader(false, true, false, false, false, false, false).history()).isTrue();
        assertThat(reader(true, false, true, false, false, false, false).history()).isTrue();
    }

    @Test
    void onlyHrSeesCorrespondenceAndOffersPoolsAndNotToAWithdrawnApplicant() {
        assertThat(reader(false, true, false, false, false, false, false).correspondence()).isFalse();
        assertThat(reader(true, false, false, false, false, false, false).correspondence()).isTrue();
        assertThat(reader(true, false, false, false, false, false, false).offerPools()).isTrue();
        assertThat(reader(true, false, false, false, false, false, true).offerPools()).isFalse();
        assertThat(reader(false, true, false, false, false, false, false).offerPools()).isFalse();
    }

    @Test
    void withBlindRatingARaterSeesOthersOnlyAfterRating() {
        assertThat(reader(false, true, true, false, true, true, false).ratingsHidden()).isTrue();
        assertThat(reader(false, true, true, false, true, false, false).ratingsHidden()).isFalse();
        assertThat(reader(false, true, true, false, false, true, false).ratingsHidden()).isFalse();
        assertThat(reader(true, false, true, false, true, true, false).ratingsHidden()).isFalse();
    }

    @Test
    void theListIsNeverInTheOrderOfApplying() {
        // Numbers are given at random, so submission order is not number order; ranks and ratings come first.
        var first = line("K-0300", null, 2);
        var second = line("K-0100", 4.0, null);
        var third = line("K-0200", 2.0, 1);
        var lines = new ArrayList<>(List.of(first, second, third));

        lines.sort(CandidatePages.order("rank"));
        assertThat(lines).extracting(l -> l.application().candidateNumber()).containsExactly("K-0200", "K-0300", "K-0100");
        lines.sort(CandidatePages.order("rating"));
        assertThat(lines).extracting(l -> l.application().candidateNumber()).containsExactly("K-0100", "K-0200", "K-0300");
        lines.sort(CandidatePages.order("number"));
        assertThat(lines).extracting(l -> l.application().candidateNumber()).containsExactly("K-0100", "K-0200", "K-0300");
        lines.sort(CandidatePages.order("submitted"));
        assertThat(lines).extracting(l -> l.application().candidateNumber()).containsExactly("K-0200", "K-0300", "K-0100");
    }

    private static Line line(String number, Double average, Integer rank) {
        return new Line(application(number), average, null, rank, false, average == null ? 0 : 1);
    }

    private static Application application(String number) {
        return new Application(UUID.randomUUID(), UUID.randomUUID(), number, ApplicationStatus.RECEIVED, Instant.now(), 1,
            null, null, "da", Map.of(), null);
    }
}
