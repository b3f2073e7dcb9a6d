package dk.rekrut.redaction.detect;

import static dk.rekrut.redaction.detect.RealFormatClassesTest.keeps;
import static dk.rekrut.redaction.detect.RealFormatClassesTest.redacts;

import org.junit.jupiter.api.Test;

/**
 * Classes of Danish running text without form data (case notes, e-mails, letters) that the rdaprose set found. The
 * sentences are not the corpus's; each class has its negatives beside it. The helpers are {@link RealFormatClassesTest}'s.
 */
class DanishProseTest {

    @Test
    void aSurnameAfterARoleInsideASentenceIsAName() {
        redacts("[NAVN]", "da", new String[] {"Sagen er drøftet med socialrådgiver Thomsen i går.", "Thomsen"},
            new String[] {"Der er bestilt tid hos tandlæge Pedersen til tirsdag.", "Pedersen"});
        // A role before an employer that is no name stays.
        keeps("da", "Vi samarbejder med konsulent Rambøll om projektet.", "Konsulent Deloitte 2019-2021");
    }

    @Test
    void aRoleOrARelativeOpeningTheSentenceIsNoPartOfTheNameAfterIt() {
        redacts("[NAVN]", "da", new String[] {"Aftale: Jobkonsulent Thomsen ringer i næste uge.", "Thomsen"},
            new String[] {"Det var en god dag. Farmor Ingrid kommer til middag.", "Ingrid"},
            new String[] {"Sagsbehandler: Winnie\nTelefontid 9-12", "Winnie"});
        keeps("da", "Lærer Holmegaard Skole 2010-2015", "Sygeplejerske Rigshospitalet 2015-2019");
    }

    @Test
    void aFirstNameAtTheStartOfASentenceIsANameWhenAnotherFirstNameFollowsInAList() {
        redacts("[NAVN]", "da", new String[] {"Tak for sidst.\nKirsten og Palle kommer også.", "Kirsten"},
            new String[] {"Mange hilsner\nBirte, Ole og Sara\n", "Birte"});
        keeps("da", "Dansk, Engelsk og Tysk taler jeg flydende.", "Aarhus og Odense har kontorer.");
    }

    @Test
    void theGenitiveOfAFirstNameIsAName() {
        redacts("[NAVN]", "da", new String[] {"Vi fejrede Idas fødselsdag i weekenden.", "Idas"});
        // An organisation ending in -s before a word that possesses nothing stays.
        keeps("da", "Jeg var ansat hos Vestas i fem år.");
    }

    @Test
    void aLowerCaseFirstNameSigningAnInformalMessageIsAName() {
        redacts("[NAVN]", "da", new String[] {"ses på fredag\n\nkh mikkel\n", "mikkel"});
        keeps("da", "ses på fredag\n\nkh fra os alle\n");
    }

    @Test
    void aNicknameAfterKaldtIsAName() {
        redacts("[NAVN]", "da", new String[] {"På værkstedet blev Kurt altid kaldt \"Bubber\".", "Bubber"});
    }

    @Test
    void aStreetAfterAVerbOfLivingTakesItsTownAfterI() {
        redacts("[ADRESSE]", "da", new String[] {"Vi har boet på Fasanvej 8 i Kolding siden 2010.", "Fasanvej", "Kolding"},
            new String[] {"Jeg bor nu på Ågade 14, 2. tv. i København N sammen med to venner.", "Ågade", "København"});
        keeps("da", "Kurset foregår på Fasanvej i morgen.");
    }

    @Test
    void anAgeInTheDefiniteFormIsAnAge() {
        redacts("[ALDER]", "da", new String[] {"Den 52-årige tømrer fra Ribe vandt prisen.", "52-årige"},
            new String[] {"Den niogtyveårige sælger fik jobbet.", "niogtyveårige"});
    }

    @Test
    void anAgeInAppositionAfterANameIsAnAge() {
        redacts("[ALDER]", "da", new String[] {"Klienten (Bo Rasmussen, 37 år) mødte op.", "37 år"},
            new String[] {"Deltager: Sara Lund, 24 år.", "24 år"});
        // Years of experience after a skill stay.
        keeps("da", "Kompetencer: Java, 5 år erfaring, Python, 3 år.");
    }
}
