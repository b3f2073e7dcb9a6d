package dk.rekrut.matching;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.posting.PostingReader;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The engine's parts on the shipped data, built once for all tests, and a small postings file around Roskilde. */
public final class TestEngine {

    public static final String NURSE = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50";
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Occupations occupations;
    private static Skills skills;

    private TestEngine() {
    }

    public static Esco esco() {
        return Esco.shipped();
    }

    public static synchronized Occupations occupations() {
        if (occupations == null) {
            occupations = new Occupations(esco());
        }
        return occupations;
    }

    public static synchronized Skills skills() {
        if (skills == null) {
            skills = new Skills(esco());
        }
        return skills;
    }

    public static PostingReader reader() {
        return new PostingReader(esco(), Postcodes.shipped());
    }

    public static PostingIndexer indexer() {
        return new PostingIndexer(esco(), occupations(), skills(), reader());
    }

    /**
     * Postings around 4000 Roskilde: nurses within 30 km (Lejre 7.8, Taastrup 13.3, Køge 21.4, Ringsted 28.7 km),
     * nurses beyond it (København K 30.7, Hillerød 34.7, Aarhus 130 km), an expired nurse posting in Roskilde, a
     * carpenter and two cleaners (ISCO 9, the fallback) in and near Roskilde.
     */
    public static final List<String> ROSKILDE = List.of(
        line("n-roskilde", "Sygeplejerske til akutmodtagelsen", "Vi søger en sygeplejerske til akutmodtagelsen på Sjællands Universitetshospital. Du skal kunne administrere medicin, udføre patientpleje og dokumentere sygepleje.", "4000", NURSE, "2027-01-31"),
        line("n-lejre", "Sygeplejerske i hjemmeplejen", "Lejre Kommune søger en sygeplejerske til hjemmesygeplejen. Du planlægger sygepleje og samarbejder med borgere og pårørende.", "4320", "", "2027-02-15"),
        line("n-taastrup", "Sygeplejerske, nattevagt", "Plejecenter i Taastrup søger sygeplejerske til nattevagter.", "2630", NURSE, ""),
        line("n-koege", "Specialsygeplejerske, intensiv", "Køge Sygehus søger en specialsygeplejerske til intensiv afsnit.", "4600", "", "2027-03-01"),
        line("n-ringsted", "Sygeplejerske til medicinsk afdeling", "Ringsted Sygehus søger sygeplejerske.", "4100", NURSE, "2027-01-15"),
        line("n-copenhagen", "Sygeplejerske, Rigshospitalet", "Rigshospitalet søger sygeplejerske.", "1050", NURSE, "2027-01-15"),
        line("n-hilleroed", "Sygeplejerske", "Nordsjællands Hospital søger sygeplejerske.", "3400", NURSE, "2027-01-15"),
        line("n-aarhus", "Sygeplejerske til Aarhus Universitetshospital", "Aarhus Universitetshospital søger sygeplejersker.", "8000", NURSE, "2027-01-15"),
        line("n-expired", "Sygeplejerske, sommerferieafløser", "Roskilde Sygehus søger sommerafløsere.", "4000", NURSE, "2026-08-01"),
        line("carpenter", "Tømrer", "Tømrerfirma i Roskilde søger en erfaren tømrer til nybyggeri.", "4000", "", "2027-01-15"),
        line("cleaner-roskilde", "Rengøringsassistent", "Rengøring af kontorer i Roskilde, ingen uddannelse krævet.", "4000", "9112.2", "2027-01-15"),
        line("cleaner-viby", "Rengøringsassistent i fly", "Rengøring af fly.", "4130", "", "2027-01-15"));

    public static final String DANISH_NURSE_CV = """
        CV
        Jeg er uddannet sygeplejerske fra Professionshøjskolen Absalon i 2014 og har arbejdet som sygeplejerske
        på medicinsk afdeling på Roskilde Sygehus i otte år. Jeg har erfaring med patientpleje, medicingivning,
        dokumentation af sygepleje og samarbejde med læger, pårørende og kommunens hjemmepleje.
        Jeg bor i Roskilde og søger en stilling som sygeplejerske i nærheden.
        """;

    private static String line(String id, String title, String text, String postcode, String occupation, String deadline) {
        var sb = new StringBuilder("{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text
            + "\",\"employer\":\"Arbejdsgiver " + id + "\",\"postcode\":\"" + postcode + "\",\"source\":\"test\"");
        if (!occupation.isEmpty()) {
            sb.append(",\"occupation\":\"").append(occupation).append('"');
        }
        if (!deadline.isEmpty()) {
            sb.append(",\"deadline\":\"").append(deadline).append('"');
        }
        return sb.append('}').toString();
    }

    /** Builds the Roskilde index into {@code dir}. */
    public static void buildRoskilde(Path dir) throws IOException {
        indexer().build(new StringReader(String.join("\n", ROSKILDE)), dir, TODAY);
    }

    public static Path writeRoskilde(Path file) throws IOException {
        return Files.writeString(file, String.join("\n", ROSKILDE) + "\n");
    }
}
