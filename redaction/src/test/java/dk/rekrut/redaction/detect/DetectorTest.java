package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorTest {

    private static final Detector DETECTOR = new Detector();
    private static final KnownPersonalData METTE = new KnownPersonalData("Mette Kirstine Hansen", "mette.hansen@example.dk",
        "12345678", "Nørrebrogade 12, 2. tv", "2200", "København N", LocalDate.of(1985, 3, 3), "0303851234");

    private static String redact(String text, KnownPersonalData known) {
        return Detector.redact(text, DETECTOR.detect(text, "da", known));
    }

    private static String redact(String text) {
        return redact(text, KnownPersonalData.NONE);
    }

    @Test
    void aGivenNameTheTablesDoNotKnowGoesWithItsSurnameAfterACueEvenWhenTheSurnameIsAPlaceWord() {
        for (String text : new String[] {"Reference: Seo-yeon Kim, Novo Nordisk", "Reference: Seo-yeon Park, Novo Nordisk",
            "Referencer:\nSeo-yeon Park, afdelingsleder", "Min kollega Seo-yeon Park hjalp mig.",
            "I worked with Seo-yeon Park on the project."}) {
            assertThat(DETECTOR.detectWithText(text, "en", null)).as(text).extracting(Span::type, Span::text)
                .contains(org.assertj.core.groups.Tuple.tuple(SpanType.NAME, text.contains("Kim") ? "Seo-yeon Kim" : "Seo-yeon Park"));
        }
        // Without a cue, a place named after a person stays a place.
        assertThat(DETECTOR.detect("Vores kontor ligger tæt på Hans Christian Andersen Lufthavn.", "da", null)).isEmpty();
    }

    @Test
    void knownNameInEveryVariant() {
        for (String variant : List.of("Mette Kirstine Hansen", "Mette Hansen", "METTE HANSEN", "Hansen, Mette", "Hansens", "Mettes",
            "M.K.H.", "MKH", "M. Hansen", "mette kirstine hansen")) {
            assertThat(redact("Skrevet af " + variant + " i går.", METTE)).as(variant).doesNotContainIgnoringCase("mette")
                .doesNotContain("Hansen").doesNotContain("MKH").doesNotContain("M.K.H");
        }
    }

    @Test
    void knownContactDataInEverySpelling() {
        for (String phone : List.of("12345678", "12 34 56 78", "+45 12 34 56 78", "0045-1234 5678", "+4512345678", "1234 5678")) {
            assertThat(redact("Ring på " + phone + ".", METTE)).as(phone).isEqualTo("Ring på [TELEFON].");
        }
        assertThat(redact("Skriv til METTE.HANSEN@example.dk eller mette.hansen", METTE)).doesNotContainIgnoringCase("mette");
        assertThat(redact("Jeg bor på Nørrebrogade 12, 2. tv i 2200 København N.", METTE))
            .doesNotContain("Nørrebrogade").doesNotContain("2200");
        for (String date : List.of("03.03.1985", "3.3.1985", "1985-03-03", "3. marts 1985", "March 3, 1985", "03.03.85", "030385")) {
            assertThat(redact("Dato: " + date, METTE)).as(date).doesNotContain("1985").doesNotContain(".85").doesNotContain("030385");
        }
        assertThat(redact("CPR 030385-1234", METTE)).isEqualTo("CPR [CPR]");
    }

    @Test
    void patternsWithoutFormData() {
        assertThat(redact("Mail: a.b@firma.dk, tlf. 87 65 43 21 eller +44 20 7946 0958."))
            .isEqualTo("Mail: [E-MAIL], tlf. [TELEFON] eller [TELEFON].");
        // CPR numbers since 2007 need not pass modulus 11: any valid date with four digits is one.
        assertThat(redact("CPR-nr.: 010203-4567 og 3112991234")).isEqualTo("CPR-nr.: [CPR] og [CPR]");
        assertThat(redact("Se github.com/jensen og https://jensen.dk samt @jensen_dev"))
            .isEqualTo("Se [LINK] og [LINK] samt [LINK]");
    }

    @Test
    void birthDatesAndAgesOnlyWhenSaidAsSuch() {
        assertThat(redact("Født 3. marts 1985 i Odense")).startsWith("[FØDSELSDATO]");
        assertThat(redact("f. 03.03.85")).isEqualTo("[FØDSELSDATO]");
        assertThat(redact("Jeg er 32 år og bor i Vejle")).doesNotContain("32");
        assertThat(new Detector().detect("I am 41 years old", "en", null)).extracting(Span::type).contains(SpanType.AGE);
        // Work periods and experience stay: they are qualifications.
        assertThat(redact("Ansat 01.02.2015 – 31.12.2020 som konsulent")).isEqualTo("Ansat 01.02.2015 – 31.12.2020 som konsulent");
        assertThat(redact("10 års erfaring med Java")).isEqualTo("10 års erfaring med Java");
    }

    @Test
    void ordinaryWordsThatAreAlsoNamesStayInRunningText() {
        String text = "Jeg kan godt lide at bo i Aarhus. Mark skrev rapporten. Storm var et godt projektnavn, og Sten er et materiale. Dag for dag.";
        assertThat(DETECTOR.detect(text, "da", null)).extracting(Span::type).doesNotContain(SpanType.NAME);
    }

    @Test
    void namesNotInTheFormAreFoundAcrossOrigins() {
        String text = "Referencer:\nLars Pedersen, afdelingschef\nFatima Al-Hassan, teamleder\nMohammed Abdullahi, kollega\n"
            + "Nguyen Thi Lan\n\nMed venlig hilsen\nAhmad";
        String r = redact(text);
        assertThat(r).doesNotContain("Lars").doesNotContain("Pedersen").doesNotContain("Fatima").doesNotContain("Al-Hassan")
            .doesNotContain("Mohammed").doesNotContain("Abdullahi").doesNotContain("Ahmad");
        assertThat(r).contains("afdelingschef", "teamleder", "kollega");
    }

    @Test
    void signalsOfGenderFamilyOriginAndReligion() {
        String r = redact("Hun er gift og mor til 2 børn. Modersmål: arabisk. Jeg er muslim og oprindeligt fra Syrien.");
        assertThat(r).doesNotContain("Hun").doesNotContain("gift").doesNotContain("2 børn").contains("[FLYDENDE]: arabisk")
            .doesNotContain("muslim").doesNotContain("Syrien");
        // Languages as skills are a qualification and stay.
        assertThat(redact("Sprog: arabisk, engelsk og dansk (flydende)")).isEqualTo("Sprog: arabisk, engelsk og dansk (flydende)");
        // "her" is Danish for "here".
        assertThat(redact("Jeg har arbejdet her i fem år")).isEqualTo("Jeg har arbejdet her i fem år");
        assertThat(Detector.redact("She led the team", new Detector().detect("She led the team", "en", null)))
            .isEqualTo("[KØN] led the team");
    }

    @Test
    void overlappingFindingsBecomeOneSpanSoNothingIsLeftBehind() {
        var spans = Detector.merge(List.of(new Span(0, 5, SpanType.NAME, "a", 0.8, "x"), new Span(3, 9, SpanType.EMAIL, "b", 1.0, "y"),
            new Span(20, 22, SpanType.AGE, "c", 0.5, "z")));
        assertThat(spans).hasSize(2);
        assertThat(spans.getFirst().start()).isZero();
        assertThat(spans.getFirst().end()).isEqualTo(9);
        assertThat(spans.getFirst().type()).isEqualTo(SpanType.EMAIL);
    }

    @Test
    void aCapitalisedFirstNameInsideADanishSentenceIsAPersonButNotACompoundOrAnOrdinaryWord() {
        assertThat(redact("Jeg talte med Kim om sagen, og Yasmin var enig.")).isEqualTo("Jeg talte med [NAVN] om sagen, og [NAVN] var enig.");
        assertThat(redact("Jeg har arbejdet med Maria-projektet og kan lide Storm som navn.")).doesNotContain("[NAVN]");
        // In English a capital also marks languages and titles.
        assertThat(Detector.redact("I speak German and I am a certified Scrum Master.",
            DETECTOR.detect("I speak German and I am a certified Scrum Master.", "en", null))).doesNotContain("[NAVN]");
    }

    @Test
    void capitalisedWordsAfterAPersonCueAreANameButOrganisationsAfterTheSameCueAreNot() {
        assertThat(redact("Reference: Olusegun Adeyemi, sektionsleder")).isEqualTo("Reference: [NAVN], sektionsleder");
        assertThat(redact("Referencer\nThandiwe Dlamini, teamleder\nTesfaye Bekele, chef")).doesNotContain("Dlamini", "Bekele");
        assertThat(redact("Sammen med Region Midtjylland og Aarhus Kommune byggede vi et system.")).doesNotContain("[NAVN]");
        assertThat(redact("Kontaktperson: Odense Universitetshospital")).doesNotContain("[NAVN]");
    }

    @Test
    void aKnownNameSpeltDifferentlyFromTheFormIsStillFound() {
        var known = new KnownPersonalData("Søren Jørgensen", null, null, null, null, null, null, null);
        for (String written : List.of("Soeren Joergensen", "Soren Jorgensen", "SOEREN JOERGENSEN", "Søren Jørgensens", "Søren Jörgensen",
            "Sören Jørgenssen")) {
            // Parts found separately are two labels: "[NAVN] [NAVN]".
            assertThat(redact("Ansøgning fra " + written + ".", known)).as(written).matches("Ansøgning fra \\[NAVN\\]( \\[NAVN\\])?\\.");
        }
        var mohammed = new KnownPersonalData("Mohammed Hassan", null, null, null, null, null, null, null);
        assertThat(redact("Med venlig hilsen Mohamed Hasan", mohammed)).doesNotContain("Mohamed", "Hasan");
        // One letter away from a name part, but not capitalised: an ordinary word stays.
        assertThat(redact("Han bor i en hassel-have.", new KnownPersonalData("Ib Hassel", null, null, null, null, null, null, null)))
            .contains("hassel-have");
        assertThat(KnownValueDetector.withinOneEdit("hansen", "hanesn")).isTrue();
        assertThat(KnownValueDetector.withinOneEdit("hansen", "jensen")).isFalse();
    }
}
