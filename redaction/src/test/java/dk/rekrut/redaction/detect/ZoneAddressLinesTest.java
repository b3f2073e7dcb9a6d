package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Addresses of any country on the applicant's own lines (issue 17, rred2), and what must stay there. */
class ZoneAddressLinesTest {

    private static final Detector DETECTOR = new Detector();

    private static String redact(String text) {
        return Detector.redact(text, DETECTOR.detect(text, "en", null));
    }

    @Test
    void aCommaSeparatedAddressUnderTheNameIsRedactedWhole() {
        for (String address : List.of("Teheran-ro 152, Gangnam-gu, Seoul 06236",
            "Blk 5 Lot 12, Brgy. San Isidro, Quezon City 1100",
            "Room 1203, Building 5, No. 88 Jianguo Road, Chaoyang District, Beijing 100022",
            "Niels Finsens gøta 9, FO-100 Tórshavn", "vul. Sumska 25, kv. 8, Kharkiv 61022",
            "Plot 14, Kololo Hill Drive, Kampala", "House 27, Road 11, Banani, Dhaka 1213")) {
            String text = "Jane Doe\n" + address + "\n+45 61 48 22 07 · jane@example.com\n\nProfile\nAnalyst.";
            String out = redact(text);
            // a part may be taken for a name first ("Niels Finsens gøta"); the whole line goes either way
            for (String part : address.split(",")) {
                assertThat(out).as(address).doesNotContain(part.strip());
            }
        }
    }

    @Test
    void theTopLinesAreTheDocumentsFirstAlsoAfterARunningHeader() {
        // A DOCX's one-line page header is its own block; the applicant's lines at the start of the body are still the top.
        String header = "CV – Jane Doe\n\n\n";
        String text = header + "Jane Doe\nTeheran-ro 152, Gangnam-gu, Seoul 06236\n+82 10 1234 5678\njane@example.com\n\n"
            + "Profile\nAnalyst at Samsung, Teheran-ro 129, Gangnam-gu, Seoul 06133 since 2019.\n";
        String out = Detector.redact(text, DETECTOR.detect(text, "en", null, new int[] {0, header.length()}));
        assertThat(out).doesNotContain("Gangnam-gu, Seoul 06236").doesNotContain("152");
    }

    @Test
    void periodsVersionsSkillsAndLabelsOnTheTopLinesStay() {
        for (String line : List.of("2014 – 2026  Welder, Vestas Wind Systems, Aarhus", "Tools: SAP S/4HANA 2022, Excel 2016, Power BI",
            "Java 17.0.2, Spring Boot, Kotlin", "Sygeplejerske, 5 års erfaring, Nuuk", "MSc Computer Science, University of Lagos, 2015",
            "Senior Developer, Netcompany, since 2016")) {
            String text = "Jane Doe\n" + line + "\n+45 61 48 22 07 · jane@example.com\n";
            assertThat(redact(text)).as(line).doesNotContain("[ADRESSE]");
        }
    }

    @Test
    void theSameShapeInTheBodyOfALetterIsLeftToTheOtherRules() {
        var body = new StringBuilder("Dear committee,\n");
        for (int i = 0; i < 14; i++) {
            body.append("I worked on project ").append(i).append(" in the team for the city.\n");
        }
        body.append("Ward 5, Building 3, Main Hospital\n");
        assertThat(redact(body.toString())).doesNotContain("[ADRESSE]");
    }
}
