package dk.rekrut.matching.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.TestEngine;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.posting.PostingIndex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatcherTest {

    private static final Set<String> NURSES_WITHIN_30_KM = Set.of("n-roskilde", "n-lejre", "n-taastrup", "n-koege", "n-ringsted");

    @TempDir
    static Path tmp;
    private static PostingIndex index;
    private static Matcher matcher;

    @BeforeAll
    static void build() throws Exception {
        TestEngine.buildRoskilde(tmp.resolve("index"));
        index = PostingIndex.open(tmp.resolve("index"));
        matcher = new Matcher(TestEngine.esco(), TestEngine.occupations(), TestEngine.skills(), Postcodes.shipped(),
            index, Weights.TUNED, Clock.fixed(TestEngine.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void aDanishNurseCvAloneGetsNursingPostingsInAndAroundRoskildeWithin30KmEachWithSharedSkills() {
        // No wish: the CV's own titles ("uddannet sygeplejerske", "arbejdet som sygeplejerske") must find the nurse.
        MatchResult r = matcher.match(new Profile(TestEngine.DANISH_NURSE_CV, List.of(), "4000", 30.0, 5, null));
        assertThat(r.lang()).isEqualTo(Lang.DA);
        assertThat(r.occupations().get(0).occupation().uri()).isEqualTo(TestEngine.NURSE);
        assertThat(r.postings()).extracting(PostingMatch::id).containsExactlyInAnyOrderElementsOf(NURSES_WITHIN_30_KM);
        assertNursingWithin30Km(r);
        PostingMatch first = r.postings().get(0);
        assertThat(first.occupation()).isEqualTo(TestEngine.NURSE);
        assertThat(first.explanation()).startsWith("sygeplejerske: samme stilling som i dit CV, ");
    }

    @Test
    void aDanishNurseWithAWishGetsTheWishedOccupationFirstSaidSo() {
        // The wish as Jobnet's Automatch takes it.
        MatchResult r = matcher.match(new Profile(TestEngine.DANISH_NURSE_CV, List.of("sygeplejerske"), "4000", 30.0, 5, null));
        assertThat(r.occupations().get(0).occupation().isco()).isEqualTo("2221");
        assertThat(r.postings()).extracting(PostingMatch::id).containsExactlyInAnyOrderElementsOf(NURSES_WITHIN_30_KM);
        assertNursingWithin30Km(r);
        PostingMatch first = r.postings().get(0);
        assertThat(first.occupation()).isEqualTo(TestEngine.NURSE);
        assertThat(first.explanation()).startsWith("sygeplejerske: den stilling du ønsker, ");
    }

    private static void assertNursingWithin30Km(MatchResult r) {
        for (PostingMatch p : r.postings()) {
            assertThat(p.fallback()).isFalse();
            assertThat(p.distanceKm()).isNotNull().isLessThanOrEqualTo(30.0);
            assertThat(p.sharedSkills()).as(p.id()).isNotEmpty();
            assertThat(p.explanation()).as(p.id()).contains("fælles kompetence").contains(p.sharedSkills().get(0))
                .contains("km fra 4000 Roskilde");
        }
        assertThat(r.postings()).extracting(PostingMatch::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void tooFewMatchesAreFilledWithPostingsNeedingNoQualificationsNearestFirst() {
        MatchResult r = matcher.match(new Profile(TestEngine.DANISH_NURSE_CV, List.of("sygeplejerske"), "4000", 30.0, 8, null));
        List<PostingMatch> fallback = r.postings().stream().filter(PostingMatch::fallback).toList();
        assertThat(r.postings()).extracting(PostingMatch::id).doesNotContain("n-copenhagen", "n-hilleroed", "n-aarhus",
            "n-expired", "carpenter");
        assertThat(fallback).extracting(PostingMatch::id).containsExactly("cleaner-roskilde", "cleaner-viby");
        assertThat(r.postings().subList(0, r.postings().size() - 2)).noneMatch(PostingMatch::fallback);
        assertThat(fallback.get(0).explanation()).contains("kræver ingen særlige kvalifikationer");
    }

    @Test
    void anEnglishProfileGetsEnglishExplanations() {
        MatchResult r = matcher.match(new Profile("Registered nurse, eight years on a medical ward.", List.of("nurse"),
            "4000", 30.0, 3, Lang.EN));
        assertThat(r.postings()).isNotEmpty().allSatisfy(p -> assertThat(p.explanation()).contains("km from 4000 Roskilde"));
    }

    @Test
    void aWishWeighsMostAndWithoutAPostcodeTheWholeCountryIsSearched() {
        MatchResult r = matcher.match(new Profile("Jeg har arbejdet i 5 år som tømrer og på lager.", List.of("sygeplejerske"),
            null, null, 3, null));
        assertThat(r.occupations().get(0).occupation().isco()).isEqualTo("2221");
        assertThat(r.postings()).allSatisfy(p -> assertThat(p.distanceKm()).isNull());
        MatchResult all = matcher.match(new Profile(TestEngine.DANISH_NURSE_CV, List.of(), null, null, 20, null));
        assertThat(all.postings()).extracting(PostingMatch::id).contains("n-aarhus", "n-copenhagen").doesNotContain("n-expired");
    }

    @Test
    void badProfilesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> matcher.match(new Profile(" ", List.of(), "4000", 30.0, 5, null)))
            .isInstanceOf(BadProfileException.class).hasMessageContaining("CV is empty");
        assertThatThrownBy(() -> matcher.match(new Profile("sygeplejerske", List.of(), "99999", 30.0, 5, null)))
            .isInstanceOf(BadProfileException.class).hasMessageContaining("unknown Danish postcode '99999'");
        assertThatThrownBy(() -> matcher.match(new Profile("sygeplejerske", List.of(), "0900", 30.0, 5, null)))
            .isInstanceOf(BadProfileException.class).hasMessageContaining("no known location");
        assertThatThrownBy(() -> new Profile("sygeplejerske", List.of(), null, 30.0, 5, null))
            .isInstanceOf(BadProfileException.class).hasMessageContaining("needs a home postcode");
        assertThatThrownBy(() -> new Profile("sygeplejerske", List.of(), "4000", -1.0, 5, null))
            .isInstanceOf(BadProfileException.class);
        assertThatThrownBy(() -> new Profile("sygeplejerske", List.of(), null, null, Profile.MAX_TOP + 1, null))
            .isInstanceOf(BadProfileException.class).hasMessageContaining("top");
        assertThatThrownBy(() -> new Profile("sygeplejerske", java.util.Collections.nCopies(Profile.MAX_WISHES + 1, "x"),
            null, null, 5, null)).isInstanceOf(BadProfileException.class).hasMessageContaining("wishes");
    }

    @Test
    void explanationBundlesHaveTheSameKeys() {
        assertThat(Explanations.bundle(Lang.DA).keySet()).isEqualTo(Explanations.bundle(Lang.EN).keySet());
        assertThat(Explanations.bundle(Lang.DA).getString("and")).isEqualTo(" og ");
        assertThat(Explanations.bundle(Lang.EN).getString("and")).isEqualTo(" and ");
    }
}
