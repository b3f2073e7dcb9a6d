package dk.rekrut.matching.bench;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Skill;
import dk.rekrut.matching.geo.Postcodes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes N generated job postings as JSON Lines for the speed benchmark (the {@code index} command's input). Fixed
 * seed: the same N gives the same file. Each posting is an ESCO occupation (uniform over those with essential
 * skills) at a Danish postcode (uniform over postcodes with a place, so Copenhagen's many codes weigh as in PostNord's
 * list): 70 % Danish (a Danish label as title, a Danish template text), 30 % English (English label, template and
 * the start of the ESCO description); the text names five to ten of the occupation's skills (English labels: the
 * data has none in Danish). The occupation is given as an ESCO URI (75 %), as a STAR code where the crosswalk has one
 * (15 %), or not at all (10 %: the indexer infers it). Deadlines fall in 2027, a tenth have none. Not realistic text:
 * it exercises the index and the query paths with ESCO's vocabulary and Danish geography, nothing more.
 * <p>
 * {@code java -cp ... dk.rekrut.matching.bench.PostingGenerator N OUT.jsonl}
 */
public final class PostingGenerator {

    static final long SEED = 18;
    private static final LocalDate FIRST_DEADLINE = LocalDate.of(2027, 1, 1);
    private static final List<String> EMPLOYERS = List.of("Region Sjælland", "Aarhus Kommune", "Nordisk Logistik A/S",
        "Byg & Anlæg ApS", "Region Hovedstaden", "Fyns Maskinfabrik", "Hotel Kysten", "Grøn Energi A/S", "DataHuset ApS",
        "Skovens Børnehus", "Vestjysk Transport", "Københavns Kommune", "Butik Centrum", "Nordsø Fiskeri",
        "Revision & Co", "Odense Kommune", "Aalborg Universitetshospital", "Roskilde Kommune", "Jysk Byg A/S");
    private static final List<String> DA_OPENINGS = List.of(
        "Vi søger en engageret %s til vores team hos %s i %s.",
        "Har du lyst til at arbejde som %s? %s i %s søger en ny kollega.",
        "Stilling som %s ledig hos %s, %s. Tiltrædelse snarest.");
    private static final List<String> EN_OPENINGS = List.of(
        "We are looking for a motivated %s to join %s in %s.",
        "Do you want to work as a %s? %s in %s is hiring.",
        "Position as %s at %s, %s. Start as soon as possible.");

    private PostingGenerator() {
    }

    private record Place(String postcode, String town) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PostingGenerator N OUT.jsonl");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            write(n, Esco.shipped(), out);
        }
    }

    static void write(int n, Esco esco, BufferedWriter out) throws IOException {
        List<Occupation> occupations = esco.occupations().stream()
            .filter(o -> !esco.essentialSkills(o.uri()).isEmpty()).toList();
        Map<String, String> starCode = new HashMap<>();
        for (String code : esco.starCodes()) {
            esco.star(code).forEach(m -> starCode.putIfAbsent(m.escoUri(), code));
        }
        List<Place> places = new ArrayList<>();
        for (int pc = 1000; pc <= 9999; pc++) {
            String code = String.valueOf(pc);
            Postcodes.shipped().find(code).filter(p -> p.place().isPresent())
                .ifPresent(p -> places.add(new Place(p.code(), p.town())));
        }
        var mapper = JsonMapper.builder().build();
        var random = new SplittableRandom(SEED);
        for (int i = 0; i < n; i++) {
            Occupation o = occupations.get(random.nextInt(occupations.size()));
            Place place = places.get(random.nextInt(places.size()));
            String employer = EMPLOYERS.get(random.nextInt(EMPLOYERS.size()));
            boolean danish = random.nextInt(10) < 7 && !o.labelDa().isEmpty();
            List<String> titles = o.labels(danish ? Lang.DA : Lang.EN);
            String title = titles.get(random.nextInt(Math.min(3, titles.size())));
            var text = new StringBuilder(String.format(
                (danish ? DA_OPENINGS : EN_OPENINGS).get(random.nextInt(DA_OPENINGS.size())), title, employer, place.town()));
            if (!danish) {
                String d = o.description();
                text.append(' ').append(d, 0, Math.min(d.length(), 300));
            }
            text.append(danish ? " Vi forventer, at du har erfaring med: " : " You have experience with: ");
            List<String> skills = esco.essentialSkills(o.uri());
            int count = Math.min(skills.size(), 5 + random.nextInt(6));
            int start = random.nextInt(skills.size());
            for (int k = 0; k < count; k++) {
                String label = esco.skill(skills.get((start + k) % skills.size())).map(Skill::label).orElse("");
                text.append(k == 0 ? "" : ", ").append(label);
            }
            text.append(danish ? ". Vi tilbyder en god arbejdsplads med gode kolleger." : ". We offer a friendly workplace.");
            var posting = new LinkedHashMap<String, Object>();
            posting.put("id", "G" + i);
            posting.put("title", title);
            posting.put("text", text.toString());
            posting.put("employer", employer);
            posting.put("postcode", place.postcode());
            int kind = random.nextInt(20);
            if (kind < 15) {
                posting.put("occupation", o.uri());
            } else if (kind < 18 && starCode.containsKey(o.uri())) {
                posting.put("occupation", starCode.get(o.uri()));
            } else if (kind < 18) {
                posting.put("occupation", o.uri());
            }
            posting.put("source", "generated");
            posting.put("url", "https://example.org/job/G" + i);
            if (random.nextInt(10) > 0) {
                posting.put("deadline", FIRST_DEADLINE.plusDays(random.nextInt(365)).toString());
            }
            out.write(mapper.writeValueAsString(posting));
            out.write('\n');
        }
    }
}
