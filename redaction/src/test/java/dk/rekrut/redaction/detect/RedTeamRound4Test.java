package dk.rekrut.redaction.detect;

import static dk.rekrut.redaction.detect.RealFormatClassesTest.DETECTOR;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.keeps;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redact;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redacts;
import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.redaction.KnownPersonalData;
import org.junit.jupiter.api.Test;

/**
 * Classes the fourth red-team round of issue 17 (rred4) found. The positives are not the corpus's sentences; each class
 * has its negatives beside it. The helpers are {@link RealFormatClassesTest}'s.
 */
class RedTeamRound4Test {

    @Test
    void anEmailWithTheAtWrittenAsAWordIsAnEmail() {
        redacts("[E-MAIL]", "en", new String[] {"Write to lars.moeller [at] kbh-design [dot] dk", "moeller", "kbh-design", "[dot] dk"},
            new String[] {"Mail: ingrid(at)fjordkontor.no", "ingrid", "fjordkontor"},
            new String[] {"Contact p_svensson at outlook.com for samples", "svensson", "outlook.com"},
            new String[] {"yrsa snabel-a hvidovre punktum dk", "yrsa", "hvidovre"},
            new String[] {"Kind regards,\nAmani\nAMANI . WEKESA @ PROTON . ME\n", "WEKESA", "PROTON"},
            new String[] {"Skriv til sigrid.holm @ mail.dk", "sigrid", "holm"});
        // A bare "at" in prose before a web address is no e-mail.
        keeps("en", "I worked as a developer at spotify.com for two years.", "Vi mødtes at gå en tur på dr.dk i går.",
            "The release ships in v2 . It runs at scale @ 10 k users.");
    }

    @Test
    void anExtensionWordOfAnotherLanguageBelongsToThePhone() {
        redacts("[TELEFON]", "en", new String[] {"Switchboard +45 89 42 11 00, local 2214", "2214"},
            new String[] {"Tel. +48 58 347 11 22 wew. 310", "310"},
            new String[] {"Tfn 08-790 60 00 ankn. 512", "512"});
        // The address pattern also reads "Durchwahl 4471" as a street and number; either way the extension goes.
        assertThat(redact("Büro +49 40 428 38 0 Durchwahl 4471", "de")).doesNotContain("4471");
        keeps("en", "Release 2.4, local 12 build notes");
    }

    @Test
    void aBirthDateWithTheYearAfterABlankOrAnApostropheIsWhole() {
        redacts("[FØDSELSDATO]", "da", new String[] {"Født: 17/4 1988 i Vejle", "1988"},
            new String[] {"Born 7 July '89, married", "'89"});
        // A period with a slash and a year range stays.
        keeps("da", "Sæson 2019/20 2021 var vi i 1. division.");
    }

    @Test
    void aNameBrokenAcrossLinesByAHyphenIsRedactedWhole() {
        redacts("[NAVN]", "da", new String[] {"Med venlig hilsen Karoline Tvede-\nmark og resten af holdet", "mark"});
        // A compound broken across lines after another word stays.
        keeps("da", "Jeg arbejdede med it-\nsystemer i seks år.");
    }

    @Test
    void anAddressTakesItsFlatAndAForeignPostalCode() {
        KnownPersonalData known = new KnownPersonalData(null, null, null, "14 Fitzwilliam Place", null, "Dublin 2", null, null);
        String out = Detector.redact("14 Fitzwilliam Place, Dublin 2, D02 YX28\n",
            DETECTOR.detect("14 Fitzwilliam Place, Dublin 2, D02 YX28\n", "en", known));
        assertThat(out).doesNotContain("D02").doesNotContain("YX28");
        KnownPersonalData br = new KnownPersonalData(null, null, null, "Avenida Paulista 900", null, null, null, null);
        String text = "Avenida Paulista 900, apto 71 - SP, 01310-100\n";
        assertThat(Detector.redact(text, DETECTOR.detect(text, "en", br))).doesNotContain("71").doesNotContain("01310");
        // A street word first and the house number after a comma, as Brazil writes it, with no form data.
        assertThat(redact("Marta Silva\nRua Oscar Freire, 379, apto 5\nmarta@exemplo.br\n", "en")).doesNotContain("Freire")
            .doesNotContain("379").doesNotContain("apto");
    }

    @Test
    void aCitedNameTakesItsInitials() {
        KnownPersonalData known = new KnownPersonalData("Rasmus Bækgaard Holm", null, null, null, null, null, null, null);
        String text = "Publikationer\nHolm, R. B. (2021). Offentlige finanser.\nJensen, K. & Holm, R.-B., Berg, T. (2019). Renter.\n";
        String out = Detector.redact(text, DETECTOR.detect(text, "da", known));
        assertThat(out).doesNotContain("R. B.").doesNotContain("R.-B.").contains("(2021). Offentlige finanser");
        // Initials after a comma that follow no name stay ("Afdeling, H. C. Andersens Boulevard").
        keeps("da", "Kontoret ligger i Odense, H. C. Andersens Boulevard er tæt på.");
    }

    @Test
    void aHousingBlockOnANumberedStreetIsOneAddress() {
        String out = redact("Tan Wei Ling\nBlk 456 Tampines Street 42, #08-123\nSingapore 520456\n+65 9876 5432\n", "en");
        assertThat(out).doesNotContain("Blk").doesNotContain("456").doesNotContain("42").doesNotContain("#08-123")
            .doesNotContain("Tampines");
        // A course block and a version in a sentence stay.
        keeps("en", "Block 2 of the course covered Python 3 and SQL.");
    }

    @Test
    void anAddressOnTwoLinesTakesItsTownAndPostalCodeLine() {
        KnownPersonalData home = new KnownPersonalData(null, null, null, "Rua Bela Cintra 812", null, null, null, null);
        for (String second : new String[] {"Curitiba - PR, 80060-000", "Porto Alegre 90010", "Lima 15074"}) {
            String text = "CV\nRua Bela Cintra 812\n" + second + "\nExperience\n";
            assertThat(Detector.redact(text, DETECTOR.detect(text, "en", home))).as(second)
                .doesNotContain(second.substring(second.length() - 5)).contains("Experience");
        }
        // A heading with a year, or a skill with its version, after an address stays.
        for (String second : new String[] {"Experience 2019", "Python 3"}) {
            String text = "Rua Bela Cintra 812\n" + second + "\n";
            assertThat(Detector.redact(text, DETECTOR.detect(text, "en", home))).as(second).contains(second);
        }
    }

    @Test
    void surnameCommaFirstnameAfterAFieldLabelOrAMarkdownHeading() {
        redacts("[NAVN]", "da", new String[] {"Navn:\tFREDERIKSEN, Ida Marie\nTelefon 20 30 40 50", "FREDERIKSEN", "Ida"},
            new String[] {"## LINDQVIST, Sara\nsara@example.se", "LINDQVIST"});
        keeps("en", "## SKILLS, Tools\nJava, SQL");
    }

    @Test
    void aLetterSpacedNameAndAPhotoCaptionAreNames() {
        redacts("[NAVN]", "da", new String[] {"K A R E N   J E S P E R S E N\nS Y G E P L E J E R S K E\n", "K A R E N", "J E S P E R"},
            new String[] {"Billede: Mikkel, 2024\nProfil", "Mikkel"});
        keeps("da", "P R O F I L\nE R F A R I N G\n", "Foto: Colourbox\n");
        String text = "S Ø R E N\nV I N T H E R\nT Ø M R E R\n";
        String out = Detector.redact(text, DETECTOR.detect(text, "da", null));
        assertThat(out).doesNotContain("S Ø R E N").doesNotContain("V I N T H E R").contains("T Ø M R E R");
    }

    @Test
    void aRefereeAfterACompoundJobTitleBeforeTheirContactData() {
        redacts("[NAVN]", "da", new String[] {"Referencer\nAfdelingsleder Jonas Riis, tlf. 24 68 13 57", "Jonas", "Riis"},
            new String[] {"Teamkoordinator Sanne Wiberg, sanne.w@firma.dk", "Sanne"});
        keeps("da", "Afdelingsleder Bravida Danmark (2019–2022)\n");
    }

    @Test
    void aPartAPlaceOfWorshipAUnionAcronymAndAnLgbtGroup() {
        redacts("[POLITISK]", "en", new String[] {"I was treasurer of the Liberal Youth in Odense.", "Liberal Youth"},
            new String[] {"Volunteer for the Green Party (GP) youth wing", "Green Party"});
        redacts("[RELIGION]", "en", new String[] {"I sing at Grundtvig's Church every Sunday.", "Grundtvig"},
            new String[] {"I help out in my congregation.", "congregation"});
        redacts("[FAGFORENING]", "en", new String[] {"Member of NIPSA and union rep since 2018.", "NIPSA"});
        redacts("[SEKSUALITET]", "en", new String[] {"Chair of the LGBTQIA+ staff network at the university.", "LGBTQIA", "staff network"});
        keeps("en", "Active in Red Cross Youth and Member of the Danish Youth Council.", "Member of IEEE since 2010.",
            "Treasurer of the Christmas Party Committee.", "I work at St. Mary's Hospital.");
    }

    @Test
    void healthSaidAsRecoveryAndOriginAsOneParentsCountry() {
        redacts("[HELBRED]", "en", new String[] {"I am a recovering alcoholic and proud of it.", "alcoholic"});
        redacts("[HELBRED]", "da", new String[] {"Efter et sygdomsforløb med kræft vendte jeg tilbage.", "kræft"});
        redacts("[OPRINDELSE]", "da", new String[] {"Min far er fra Izmir, og jeg er opvokset i Vejle.", "Izmir"});
        keeps("da", "Vi bor langt fra Izmir.");
        redacts("[OPRINDELSE]", "en", new String[] {"I'm a Hungarian-born nurse with ten years on wards.", "Hungarian"},
            new String[] {"I am an Egyptian chemist.", "Egyptian"});
        keeps("en", "I'm a Technician by training.", "I'm a team player.");
        redacts("[FAMILIEFORHOLD]", "da", new String[] {"Min kæreste og jeg flyttede til Aarhus.", "Min", "kæreste"},
            new String[] {"My girlfriend works there too.", "girlfriend"});
    }

    @Test
    void aEuropassMotherTongueFieldInThePluralIsALevel() {
        redacts("[FLYDENDE]", "en", new String[] {"Mother tongues\tHungarian\nOther languages\tEnglish", "tongue"},
            new String[] {"Mother tongue(s): Hungarian", "(s)"});
    }
}
