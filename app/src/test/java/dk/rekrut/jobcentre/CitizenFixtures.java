package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Postings harvested from an upload source, and Danish CVs whose owner's data the tests seed. */
public final class CitizenFixtures {

    private CitizenFixtures() {
    }

    /** A citizen's identity as the form gives it, written into their CV too. */
    public record Person(String name, String cpr, String email, String phone) {
    }

    /** Harvests postings around Copenhagen and one in Aalborg, all with {@code tag} in the employer; returns the source. */
    public static UUID harvestPostings(Sources sources, Harvester harvester, String tag, Instant now, Instant soon) {
        String later = now.plusSeconds(40L * 86400).toString();
        String lines = String.join("\n",
            line("n1", "Sygeplejerske til medicinsk afdeling", "Hvidovre Hospital " + tag, "2650", later,
                "Vi søger en sygeplejerske til medicinsk afdeling. Du har erfaring med medicinhåndtering og pleje."),
            line("n2", "Sygeplejerske til akutmodtagelsen", "Aalborg Universitetshospital " + tag, "9000", later,
                "Sygeplejerske til akutmodtagelsen i Aalborg."),
            line("n3", "Sygeplejerske til hjemmeplejen", "Frederiksberg Kommune " + tag, "2000", soon.toString(),
                "Hjemmesygeplejerske til ældre borgere på Frederiksberg."),
            line("n4", "Social- og sundhedsassistent", "Københavns Kommune " + tag, "2400", later,
                "Social- og sundhedsassistent til plejecenter i København NV."),
            line("n5", "Lagermedarbejder", "Lager " + tag, "2600", later, "Pluk og pak på vores lager i Glostrup."),
            line("n6", "Sygeplejerske til dagkirurgi", "Amager Hospital " + tag, "2300", later,
                "Sygeplejerske til dagkirurgisk afsnit."));
        var source = sources.create(new Sources.Form("Borgertest " + tag, SourceKind.UPLOAD, null, 60, true));
        sources.upload(source.id(), "jobs.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        Run run = harvester.harvest(source.id()).run().orElseThrow();
        assertThat(run.status()).isEqualTo(Run.Status.OK);
        assertThat(run.created()).isEqualTo(6);
        return source.id();
    }

    private static String line(String id, String title, String employer, String postcode, String deadline, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"employer\":\"" + employer + "\",\"postcode\":\""
            + postcode + "\",\"deadline\":\"" + deadline + "\",\"text\":\"" + text + "\",\"url\":\"https://job.example.dk/"
            + id + "\"}";
    }

    /** A Danish nurse's CV that names its owner, their address, phone, e-mail and CPR number, and a health matter. */
    public static byte[] nurseCv(Person p) {
        return ("""
            %s
            Solbakken 12, 2300 København S
            Telefon: %s
            E-mail: %s
            CPR-nr.: %s

            Profil
            Uddannet sygeplejerske med otte års erfaring fra medicinsk afdeling. Jeg er rolig, grundig og god til at
            samarbejde med patienter, pårørende og kolleger. Jeg har haft en depression i 2021 og er rask i dag.

            Erfaring
            2016-2024 Sygeplejerske, medicinsk afdeling, Hvidovre Hospital: medicinhåndtering, sygepleje til ældre
            patienter, dokumentation, vejledning af studerende.
            2014-2016 Sygehjælper, plejecenter Solgården.

            Uddannelse
            2015 Professionsbachelor i sygepleje, Københavns Professionshøjskole.

            Kompetencer
            Microsoft Office, Sundhedsplatformen, førstehjælp.
            """.formatted(p.name(), p.phone(), p.email(), p.cpr())).getBytes(StandardCharsets.UTF_8);
    }

    /** The posting an entry of {@link #harvestPostings} became. */
    public static UUID posting(JdbcClient jdbc, String tag, String externalId) {
        return jdbc.sql("SELECT posting_id FROM jobcentre_posting_source ps JOIN jobcentre_source s ON s.id = ps.source_id "
                + "WHERE s.name = ? AND ps.external_id = ?")
            .params("Borgertest " + tag, externalId).query(UUID.class).single();
    }

    /**
     * Ends the postings {@link #harvestPostings} made for {@code tag} (a deadline long past), so the next test's nurse
     * postings are not crowded out of a citizen's 20 matches by those of the tests before it in the shared context.
     */
    public static void endPostings(JdbcClient jdbc, String tag) {
        jdbc.sql("""
                UPDATE jobcentre_posting SET deadline = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'
                WHERE id IN (SELECT ps.posting_id FROM jobcentre_posting_source ps JOIN jobcentre_source s ON s.id = ps.source_id
                             WHERE s.name = ?)""").param("Borgertest " + tag).update();
    }
}
