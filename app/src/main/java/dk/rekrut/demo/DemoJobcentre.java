package dk.rekrut.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import dk.rekrut.jobcentre.Citizens;
import dk.rekrut.jobcentre.Harvester;
import dk.rekrut.jobcentre.SourceKind;
import dk.rekrut.jobcentre.Sources;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.UserView;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Time;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Education;
import dk.rekrut.trial.TargetFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job centre's demo, after {@link DemoData}: two local portals as uploaded feeds (JSON Lines and CSV, about 300
 * postings in and around Copenhagen and in three other cities, 30 of them on both portals) harvested at once, and ten
 * citizens in the demo consultant's caseload, all in the running BC16 trial's target group, so the trial has
 * assignments in both arms. Invented employers, names and postings; fixed seed. Off with
 * {@code rekrut.demo.jobcentre=false} (the tests build their own).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoJobcentre implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoJobcentre.class);
    static final String JOBNET = "Jobportal Øst (demo-feed, JSON Lines)";
    static final String JOBINDEX = "Jobbørsen (demo-feed, CSV)";

    /** A job: its title, a sentence on its tasks, and what the employer asks for. */
    record Job(String title, String tasks, String asks) {
    }

    record Place(String postcode, String town) {
    }

    static final List<Job> JOBS = List.of(
        new Job("Sygeplejerske", "Du plejer og behandler patienter og samarbejder med læger og terapeuter.", "autorisation som sygeplejerske, medicinhåndtering"),
        new Job("Social- og sundhedsassistent", "Du hjælper borgere med personlig pleje og medicin i hverdagen.", "uddannelse som social- og sundhedsassistent, omsorg"),
        new Job("Pædagog", "Du skaber trygge rammer for leg og læring for børn i alderen 3-6 år.", "pædagoguddannelse, forældresamarbejde"),
        new Job("Folkeskolelærer", "Du underviser i dansk og historie på mellemtrinnet.", "læreruddannelse, klasseledelse"),
        new Job("Lagermedarbejder", "Du plukker, pakker og modtager varer på vores lager.", "truckcertifikat, orden og overblik"),
        new Job("Chauffør", "Du kører varer ud til butikker i hovedstadsområdet.", "kørekort kategori C, kundeservice"),
        new Job("Kok", "Du laver mad fra bunden til vores frokostrestaurant.", "uddannet kok, hygiejnecertifikat"),
        new Job("Tømrer", "Du udfører renovering og nybyggeri for private og erhverv.", "svendebrev som tømrer, læsning af tegninger"),
        new Job("Elektriker", "Du installerer og fejlfinder el-anlæg i boliger og erhverv.", "autoriseret elektriker, fejlfinding"),
        new Job("Regnskabsassistent", "Du bogfører, afstemmer og hjælper med månedsafslutningen.", "erfaring med bogføring, Excel"),
        new Job("Socialrådgiver", "Du behandler sager om børn og unge og samarbejder med familierne.", "socialrådgiveruddannelse, serviceloven"),
        new Job("IT-supporter", "Du hjælper kolleger med pc, netværk og programmer.", "Windows, brugersupport"),
        new Job("Softwareudvikler", "Du udvikler og vedligeholder vores webløsninger.", "Java, SQL, test"),
        new Job("Fysioterapeut", "Du genoptræner borgere efter sygdom og operation.", "autorisation som fysioterapeut, genoptræning"),
        new Job("Butiksassistent", "Du betjener kunder, fylder varer op og passer kassen.", "service, kassebetjening"),
        new Job("Rengøringsassistent", "Du gør rent på kontorer og fællesarealer.", "rengøring, grundighed"),
        new Job("Ejendomsservicetekniker", "Du passer bygninger, udearealer og tekniske anlæg.", "vedligehold, VVS"),
        new Job("Kontorassistent", "Du tager telefonen, booker møder og holder styr på post og arkiv.", "kontoruddannelse, Office"),
        new Job("Økonom", "Du laver budgetter, analyser og prognoser for forvaltningen.", "kandidat i økonomi, dataanalyse"),
        new Job("Jurist", "Du rådgiver om forvaltningsret og skriver afgørelser.", "cand.jur., forvaltningsret"),
        new Job("Projektleder", "Du leder it-projekter fra idé til drift.", "projektledelse, interessenter"),
        new Job("HR-konsulent", "Du rådgiver ledere om rekruttering, fravær og arbejdsmiljø.", "HR, overenskomster"),
        new Job("Kommunikationsmedarbejder", "Du skriver nyheder, passer sociale medier og hjemmesiden.", "journalistik, sociale medier"),
        new Job("Dataanalytiker", "Du bygger rapporter og analyserer data om vores borgere og ydelser.", "SQL, statistik, Power BI"));

    static final List<Place> PLACES = List.of(
        new Place("1050", "København K"), new Place("1620", "København V"), new Place("2100", "København Ø"),
        new Place("2200", "København N"), new Place("2300", "København S"), new Place("2400", "København NV"),
        new Place("2450", "København SV"), new Place("2500", "Valby"), new Place("2600", "Glostrup"),
        new Place("2605", "Brøndby"), new Place("2650", "Hvidovre"), new Place("2700", "Brønshøj"),
        new Place("2730", "Herlev"), new Place("2750", "Ballerup"), new Place("2800", "Kongens Lyngby"),
        new Place("2900", "Hellerup"), new Place("3400", "Hillerød"), new Place("4000", "Roskilde"),
        new Place("4600", "Køge"), new Place("8000", "Aarhus C"), new Place("5000", "Odense C"),
        new Place("9000", "Aalborg"));

    // Invented, and named after no town: a posting's place is its postcode, drawn on its own.
    static final List<String> EMPLOYERS = List.of("Nordlys Logistik A/S", "Bryggens Byggeservice", "Kvarterets Børnehus",
        "DataHavn ApS", "Øresund Ejendomme", "Grøn Kantine", "Rent & Ren ApS", "Sund Krop Fysioterapi",
        "Mosegårdens Plejecenter", "Lindeskolen", "Kommunens Borgerservice", "Regionens Akutafdeling", "Bogholderiet ApS",
        "Elektro-Team", "Tømrerlauget Nord", "Handelshuset", "Kildevæld Boligforening", "Viden & Vækst",
        "Fællesrådgivningen", "Butikskæden Kvik");

    private final Sources sources;
    private final Harvester harvester;
    private final Citizens citizens;
    private final OrganisationDirectory directory;
    private final Clock clock;
    private final boolean enabled;

    DemoJobcentre(Sources sources, Harvester harvester, Citizens citizens, OrganisationDirectory directory, Clock clock,
                  DemoProperties settings) {
        this.sources = sources;
        this.harvester = harvester;
        this.citizens = citizens;
        this.directory = directory;
        this.clock = clock;
        this.enabled = settings.jobcentre();
    }

    @Override
    public void run(ApplicationArguments args) {
        // Only where DemoData made the demo (its job consultant exists) and only once (no demo feed yet).
        var consultant = directory.userByUsername("jobkonsulent").orElse(null);
        if (!enabled || consultant == null || sources.all().stream().anyMatch(s -> s.name().equals(JOBNET))) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated("system", null, List.of()));
        try {
            seed(consultant);
        } finally {
            SecurityContextHolder.clearContext();
        }
        LOG.info("Demo job centre: two demo feeds harvested and ten citizens created");
    }

    private void seed(UserView consultant) {
        var feeds = feeds(Time.today(clock), new Random(19));
        var json = sources.create(new Sources.Form(JOBNET, SourceKind.UPLOAD, null, 60, true));
        sources.upload(json.id(), "jobportal-oest.jsonl", feeds.get(JOBNET).getBytes(StandardCharsets.UTF_8));
        harvester.harvest(json.id());
        var csv = sources.create(new Sources.Form(JOBINDEX, SourceKind.UPLOAD, null, 60, true));
        sources.upload(csv.id(), "jobboersen.csv", feeds.get(JOBINDEX).getBytes(StandardCharsets.UTF_8));
        harvester.harvest(csv.id());

        var me = new CurrentUser(consultant.id(), consultant.username(), consultant.displayName(), consultant.unitId(),
            consultant.role());
        var graduate = new TargetFacts(Education.LONG_HIGHER, AgeBand.AGE_25_29, true, 1);
        String[][] people = {
            {"Freja Lund Madsen", "Økonom", "Cand.polit. fra Københavns Universitet", "2300"},
            {"Ahmed Karimi", "Jurist", "Cand.jur. fra Københavns Universitet", "2200"},
            {"Sofie Bach Nielsen", "Dataanalytiker", "Cand.scient. i statistik fra DTU", "2800"},
            {"Mikkel Holm", "Softwareudvikler", "Cand.it. fra IT-Universitetet", "2500"},
            {"Julie Østergaard", "Kommunikationsmedarbejder", "Cand.mag. i kommunikation fra RUC", "4000"},
            {"Oliver Skov Jensen", "Projektleder", "Cand.merc. fra CBS", "2100"},
            {"Aisha Rahimi", "HR-konsulent", "Cand.psych. fra Københavns Universitet", "2650"},
            {"Emil Friis", "Folkeskolelærer", "Cand.pæd. fra Aarhus Universitet", "2450"},
            {"Nanna Kirk", "Socialrådgiver", "Cand.soc. fra Aalborg Universitet", "2400"},
            {"Karl Vestergaard", "Fysioterapeut", "Cand.san. fra Syddansk Universitet", "2605"}};
        for (String[] p : people) {
            citizens.create(me, new Citizens.NewCitizen(p[0], null, null, null, "cv.txt", cv(p).getBytes(StandardCharsets.UTF_8),
                List.of(p[1]), p[3], 30, graduate));
        }
    }

    private static String cv(String[] p) {
        return p[0] + "\n" + p[1] + "\n\nProfil\nNyuddannet og motiveret " + p[1].toLowerCase() + " med lyst til at lære."
            + "\n\nUddannelse\n2019-2025  " + p[2] + "\n\nErfaring\n2022-2025  Studentermedhjælper som "
            + p[1].toLowerCase() + ", Københavns Kommune\n2018-2019  Butiksassistent, Handelshuset Valby\n";
    }

    /** The two portals' files, from a fixed seed: 150 postings each, 30 of the first portal's also on the second. */
    static Map<String, String> feeds(LocalDate today, Random random) {
        List<Map<String, Object>> first = new ArrayList<>();
        List<Map<String, Object>> second = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            first.add(posting("ost-" + i, today, random));
        }
        for (int i = 0; i < 30; i++) {
            var shared = new LinkedHashMap<>(first.get(i * 5));
            shared.put("id", "jb-" + i);
            shared.put("url", "https://jobboersen.example/opslag/jb-" + i);
            second.add(shared);
        }
        for (int i = 30; i < 150; i++) {
            second.add(posting("jb-" + i, today, random));
        }
        var json = JsonMapper.builder().build();
        var lines = new StringBuilder();
        for (var p : first) {
            lines.append(json.writeValueAsString(p)).append('\n');
        }
        var csv = new StringBuilder("id;title;text;employer;postcode;town;url;deadline\n");
        for (var p : second) {
            csv.append(String.join(";", List.of("id", "title", "text", "employer", "postcode", "town", "url", "deadline")
                .stream().map(k -> quote(String.valueOf(p.get(k)))).toList())).append('\n');
        }
        return Map.of(JOBNET, lines.toString(), JOBINDEX, csv.toString());
    }

    private static Map<String, Object> posting(String id, LocalDate today, Random random) {
        Job job = JOBS.get(random.nextInt(JOBS.size()));
        // Most postings in and around Copenhagen, some far away: the commute filter has something to leave out.
        Place place = PLACES.get(random.nextInt(10) < 8 ? random.nextInt(PLACES.size() - 3) : PLACES.size() - 3 + random.nextInt(3));
        String employer = EMPLOYERS.get(random.nextInt(EMPLOYERS.size()));
        var p = new LinkedHashMap<String, Object>();
        p.put("id", id);
        p.put("title", job.title() + " til " + employer);
        p.put("text", job.tasks() + " Vi forventer " + job.asks() + ". Arbejdssted: " + place.town() + ".");
        p.put("employer", employer);
        p.put("postcode", place.postcode());
        p.put("town", place.town());
        p.put("url", "https://jobportal-oest.example/job/" + id);
        p.put("deadline", today.plusDays(7 + random.nextInt(50)).toString());
        return p;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
