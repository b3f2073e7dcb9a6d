package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ages written in words (issue 17, rred2), and the durations in words that must stay. */
class WrittenAgeTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "da", null));
    }

    @Test
    void danishAgesInWordsAfterACueOrWithGammelAreRedacted() {
        for (String[] c : List.of(new String[] {"Jeg er toogtredive år og uddannet sygeplejerske.", "toogtredive"},
            new String[] {"Alder: syvogfyrre år", "syvogfyrre"}, new String[] {"Alder\n\nfireogtyve år", "fireogtyve"},
            new String[] {"I dag er jeg niogtyve år gammel.", "niogtyve"}, new String[] {"en ung pige på nitten år", "nitten"},
            new String[] {"Som halvtredsårig søger jeg nye udfordringer.", "halvtreds"},
            new String[] {"Hun er enogfyrre år og bor i Vejle.", "enogfyrre"}, new String[] {"tres år gammel", "tres"})) {
            assertThat(redact(c[0])).as(c[0]).contains("[ALDER]").doesNotContainIgnoringCase(c[1]);
        }
    }

    @Test
    void englishAgesInWordsAreRedacted() {
        for (String[] c : List.of(new String[] {"I am thirty-four years old and a chartered accountant.", "thirty"},
            new String[] {"I'm twenty nine and live in Aarhus.", "twenty"}, new String[] {"Age: forty-one", "forty"},
            new String[] {"aged fifty-two, I bring long experience", "fifty"},
            new String[] {"a nineteen-year-old student", "nineteen"}, new String[] {"She is sixty years old.", "sixty"})) {
            assertThat(redact(c[0])).as(c[0]).contains("[ALDER]").doesNotContainIgnoringCase(c[1]);
        }
    }

    @Test
    void durationsAndCountsInWordsStay() {
        for (String text : List.of("Jeg har arbejdet i tyve år med regnskab.", "I have worked for twenty years in audit.",
            "Virksomheden fejrede for nylig sine fyrre år.", "over thirty years of experience", "i løbet af femten år",
            "Fire kolleger og jeg", "twenty-five colleagues")) {
            assertThat(redact(text)).as(text).doesNotContain("[ALDER]");
        }
    }
}
