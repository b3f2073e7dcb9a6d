package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Identifiers made from names: domains, profile links, user names and handles, with and without form data. */
class IdentifierDetectorTest {

    private static final Detector DETECTOR = new Detector();

    private static KnownPersonalData named(String fullName) {
        return new KnownPersonalData(fullName, null, null, null, null, null, null, null);
    }

    private static String redact(String text, KnownPersonalData known) {
        return Detector.redact(text, DETECTOR.detect(text, "da", known));
    }

    @Test
    void personalDomainsMadeOfTheKnownNameAreLinks() {
        record Case(String name, String token) {
        }
        for (Case c : List.of(
            new Case("Camilla Hvidberg Santos", "hvidbergsantos.dk"),
            new Case("Camilla Hvidberg Santos", "www.camillahvidberg.com"),
            new Case("Anne-Marie Koch", "www.annemarie-koch.dk"),
            new Case("Anne-Marie Koch", "https://annemariekoch.de/cv"),
            new Case("Søren Ørsted", "sorenorsted.dk"),
            new Case("Søren Ørsted", "soeren-oersted.net"),
            new Case("Åse Ødegård", "aseodegard.no"),
            new Case("Zoë Brünner", "zoebrunner.design"),
            new Case("Zoë Brünner", "BRUENNER.io"),
            new Case("Chukwuemeka Okafor", "okafor.dev/portfolio"),
            new Case("Nguyen Minh Anh", "minhanh.studio"),
            new Case("Oleksandr Kovalenko", "kovalenko-photo.com.ua"),
            new Case("Priyanka Raghunathan", "priyanka-raghunathan.in"))) {
            String out = redact("Se mere på " + c.token() + " eller ring.", named(c.name()));
            // A token that is also a spelling of the known name may come out as [NAVN]: either way all of it is gone.
            assertThat(out).as(c.token()).matches("Se mere på \\[(LINK|NAVN)\\] eller ring\\.");
        }
    }

    @Test
    void profileLinksOnSitesForPeopleAreLinksWhateverTheirWords() {
        for (String link : List.of("gitlab.com/minhanh.nguyen", "behance.net/minhanhn", "dribbble.com/studio_lumo",
            "https://www.behance.net/kofi-design", "medium.com/@dataperson", "stackoverflow.com/users/123456/qwerty",
            "codepen.io/pixelpusher", "kaggle.com/u12345", "orcid.org/0000-0002-1825-0097", "huggingface.co/someone",
            "linktr.ee/somebody", "x.com/quietcoder", "bitbucket.org/tools4me")) {
            assertThat(redact("Portfolio: " + link + "\nErfaring", KnownPersonalData.NONE)).as(link)
                .isEqualTo("Portfolio: [LINK]\nErfaring");
        }
    }

    @Test
    void userNamesWithANamePartInAnyCaseJoinedOrSplit() {
        var known = named("Sara Hassan Mansour");
        for (String token : List.of("sarahm1990", "SARA_MANSOUR", "s.mansour", "MansourSara", "sara.h.mansour", "smansour_92",
            "sara-mansour", "Sara1990", "hassan.mansour.dk", "SaraHMansour")) {
            assertThat(redact("Bruger: " + token + " (privat)", known)).as(token).doesNotContainIgnoringCase("mansour")
                .doesNotContainIgnoringCase("sara").doesNotContain("1990");
        }
    }

    @Test
    void transliterationsAndSpellingsWithoutDiacriticsCount() {
        var known = named("Mohammed Yusuf Al-Khatib");
        for (String token : List.of("muhammad-alkhatib.com", "mohamed_khatib85", "jusuf.alkatib", "m.alkhatib.net")) {
            assertThat(redact("Kontakt " + token + " nu.", known)).as(token).isEqualTo("Kontakt [LINK] nu.");
        }
        var dk = named("Mette Jørgensen Bæk");
        for (String token : List.of("mette.joergensen", "jorgensen1985", "METTEBAEK.DK")) {
            assertThat(redact("Kontakt " + token + " nu.", dk)).as(token).isEqualTo("Kontakt [LINK] nu.");
        }
    }

    @Test
    void namesTheEngineFoundServeWithoutFormData() {
        String text = "Referencer:\nLars Kristoffersen, afdelingsleder\nGitHub-profil: larskristoffersen.dev og kristoffersen_l\n";
        String out = redact(text, KnownPersonalData.NONE);
        assertThat(out).doesNotContainIgnoringCase("kristoffersen").doesNotContain("larskristoffersen");
    }

    @Test
    void handlesAfterACueAreLinksAndMitIdNamesAreIdNumbers() {
        for (String line : List.of("GitHub: qwerty-dev", "Skype: live:blue.fox_77", "Twitter: @quietcoder", "LinkedIn: in/abc-123",
            "Instagram: lumo.studio", "Discord: fox#1234")) {
            assertThat(redact(line + "\n", KnownPersonalData.NONE)).as(line).endsWith("[LINK]\n");
        }
        for (String line : List.of("MitID bruger-id: fox1234", "MitID-brugernavn: blueFox", "NemID: 12345678", "MitID: qwe_rty")) {
            assertThat(redact(line + "\n", KnownPersonalData.NONE)).as(line).endsWith("[ID-NUMMER]\n");
        }
    }

    @Test
    void aHandleInTheTableCellBelowItsCue() {
        assertThat(redact("MitID bruger-id\n\nfox1234\n\nErfaring", KnownPersonalData.NONE)).contains("[ID-NUMMER]").doesNotContain("fox");
        assertThat(redact("Skype\n\nblue.fox_77\n", KnownPersonalData.NONE)).contains("[LINK]").doesNotContain("fox");
        // Below a cue that ends a line of running text: a period, a plain word or a word with more after it stays.
        for (String text : List.of("Værktøjer: Jira og GitHub\n2019-2021 Udvikler", "Tools: GitHub\nExperience",
            "I can handle\nv2.3 upgrades", "Kendskab til LinkedIn\nSalesforce 2023 og HubSpot")) {
            assertThat(redact(text, KnownPersonalData.NONE)).as(text).doesNotContain("[LINK]").doesNotContain("[ID-NUMMER]");
        }
    }

    @Test
    void ordinaryWordsAndTechnicalNamesStay() {
        var known = named("Hans Hansen");
        for (String text : List.of("Jeg arbejdede hos Hansens Is A/S i 2019–2021.", "Node.js, ASP.NET, Vue.js og Python3",
            "cand.merc. fra CBS, f.eks. Windows10 og Office365", "LinkedIn: Available on request.", "GitHub Actions og GitHub Copilot",
            "Web: HTML, CSS, JavaScript", "Se rambøll.dk og kk.dk for mere.", "Twitter-kampagner for DSB.dk")) {
            String out = redact(text, known);
            assertThat(out).as(text).doesNotContain("[LINK]").doesNotContain("[ID-NUMMER]");
        }
        // Words of running text that merely contain a name part are not identifiers.
        assertThat(redact("Vi solgte handsker og hanseatiske varer.", known)).isEqualTo("Vi solgte handsker og hanseatiske varer.");
        // A Danish compound with a hyphen is no user name, even when its first word is a name part.
        assertThat(redact("Han bor i en hassel-have.", named("Ib Hassel"))).contains("hassel-have");
    }

    @Test
    void foldingMakesSpellingsOne() {
        assertThat(IdentifierDetector.fold("Jørgensen")).isEqualTo(IdentifierDetector.fold("joergensen"));
        assertThat(IdentifierDetector.fold("Brünner")).isEqualTo(IdentifierDetector.fold("bruenner"));
        assertThat(IdentifierDetector.fold("Ødegård")).isEqualTo(IdentifierDetector.fold("oedegaard"));
        assertThat(IdentifierDetector.fold("Yusuf")).isEqualTo(IdentifierDetector.fold("Jusuf"));
        assertThat(IdentifierDetector.consonants(IdentifierDetector.fold("Mohammed")))
            .isEqualTo(IdentifierDetector.consonants(IdentifierDetector.fold("Muhammad")));
    }
}
