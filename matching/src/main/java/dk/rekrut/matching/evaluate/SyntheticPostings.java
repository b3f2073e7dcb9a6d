package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Postcodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A SYNTHETIC development set for CV → postings, generated from ESCO with a fixed seed, because the development data
 * holds no real postings and no CVs. Postings: {@value #GROUPS} ISCO-4 groups with {@value #PER_GROUP} postings each
 * plus {@value #DISTRACTORS} from other groups; each has one of its occupation's labels as title (Danish or English),
 * a template text with the employer, the town, the English description (English postings) and a sample of the
 * occupation's skill labels (English: there are no Danish skill labels), a random postcode and deadline (a tenth has
 * expired), and an ESCO URI (40 %), a STAR code (20 %, where the crosswalk has one) or no occupation (the rest:
 * inferred when indexed). CVs: {@value #CVS}, each of an occupation in one of the groups, with a former job title
 * and an independent sample of that occupation's skills; in half of them the former title belongs to another ISCO-4
 * group (a career changer, whose skills tell the truth) with two of that job's skills. What it cannot show: free
 * wording (everything is ESCO's own labels), Danish skill wording, several occupations per CV, real geography.
 */
final class SyntheticPostings {

    static final long SEED = 18;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final int GROUPS = 60;
    static final int PER_GROUP = 15;
    static final int DISTRACTORS = 300;
    static final int CVS = 240;
    private static final int MIN_ESSENTIAL = 6;
    private static final List<String> EMPLOYERS = List.of("Region Sjælland", "Aarhus Kommune", "Nordisk Logistik A/S",
        "Byg & Anlæg ApS", "Danske Hospitaler", "Fyns Maskinfabrik", "Hotel Kysten", "Grøn Energi A/S", "DataHuset ApS",
        "Skovens Børnehus", "Vestjysk Transport", "Københavns Kommune", "Butik Centrum", "Nordsø Fiskeri", "Revision & Co");

    record Posting(String id, String title, String text, String uri, String isco, boolean expired, String json) {
    }

    record Cv(String id, String text, Lang lang, String uri, String isco, boolean careerChange, boolean tuning) {
    }

    record DevSet(List<Posting> postings, List<Cv> cvs) {

        String jsonLines() {
            return postings.stream().map(Posting::json).collect(Collectors.joining("\n"));
        }
    }

    private SyntheticPostings() {
    }

    static DevSet generate(Esco esco) {
        var random = new Random(SEED);
        Map<String, List<Occupation>> byGroup = new LinkedHashMap<>();
        esco.occupations().stream()
            .filter(o -> esco.essentialSkills(o.uri()).size() >= MIN_ESSENTIAL && !o.labelDa().isEmpty()
                && !o.description().isEmpty())
            .sorted(Comparator.comparing(Occupation::uri))
            .forEach(o -> byGroup.computeIfAbsent(o.isco(), k -> new ArrayList<>()).add(o));
        List<String> groups = new ArrayList<>(byGroup.keySet().stream().filter(g -> byGroup.get(g).size() >= 2).sorted().toList());
        Collections.shuffle(groups, random);
        List<String> chosen = groups.subList(0, GROUPS);
        List<Occupation> others = groups.subList(GROUPS, groups.size()).stream().flatMap(g -> byGroup.get(g).stream()).toList();
        List<Occupation> all = byGroup.values().stream().flatMap(List::stream).toList();
        var places = Postcodes.shipped().all().stream().filter(p -> p.place().isPresent())
            .sorted(Comparator.comparing(Postcodes.Postcode::code)).toList();
        Map<String, String> star = starCodes(esco);
        var mapper = JsonMapper.builder().build();

        var postings = new ArrayList<Posting>();
        for (String group : chosen) {
            for (int i = 0; i < PER_GROUP; i++) {
                postings.add(posting(esco, pick(byGroup.get(group), random), postings.size(), random, places, star, mapper));
            }
        }
        for (int i = 0; i < DISTRACTORS; i++) {
            postings.add(posting(esco, pick(others, random), postings.size(), random, places, star, mapper));
        }
        Collections.shuffle(postings, random);

        var cvs = new ArrayList<Cv>();
        for (int i = 0; i < CVS; i++) {
            Occupation o = pick(byGroup.get(pick(chosen, random)), random);
            cvs.add(cv(esco, o, i, random, all));
        }
        return new DevSet(postings, cvs);
    }

    private static Posting posting(Esco esco, Occupation o, int n, Random r, List<Postcodes.Postcode> places,
                                   Map<String, String> star, JsonMapper mapper) {
        Lang lang = r.nextBoolean() ? Lang.DA : Lang.EN;
        String title = pick(labels(o, lang), r);
        String employer = pick(EMPLOYERS, r);
        var place = pick(places, r);
        List<String> skills = skillLabels(esco, Stream.concat(sample(esco.essentialSkills(o.uri()), 4 + r.nextInt(4), r).stream(),
            sample(esco.optionalSkills(o.uri()), r.nextInt(3), r).stream()).toList());
        double d = r.nextDouble();
        LocalDate deadline = d < 0.1 ? TODAY.minusDays(1 + r.nextInt(60)) : d < 0.8 ? TODAY.plusDays(1 + r.nextInt(90)) : null;
        String text = lang == Lang.DA
            ? employer + " søger en " + title + " til vores afdeling i " + place.town() + ". Du har erfaring med: "
                + String.join(", ", skills) + ". Vi tilbyder en spændende stilling med gode kolleger, og vi glæder os til"
                + " at høre fra dig."
            : employer + " is hiring a " + title + " in " + place.town() + ". " + o.description() + " Requirements: "
                + String.join(", ", skills) + ". We look forward to hearing from you.";
        Map<String, Object> json = new LinkedHashMap<>();
        String id = "P" + n;
        json.put("id", id);
        json.put("title", title);
        json.put("text", text);
        json.put("employer", employer);
        json.put("postcode", place.code());
        double how = r.nextDouble();
        if (how < 0.4) {
            json.put("occupation", o.uri());
        } else if (how < 0.6) {
            json.put("occupation", star.getOrDefault(o.uri(), o.uri()));
        }
        json.put("source", "synthetic");
        if (deadline != null) {
            json.put("deadline", deadline.toString());
        }
        return new Posting(id, title, text, o.uri(), o.isco(), deadline != null && deadline.isBefore(TODAY),
            mapper.writeValueAsString(json));
    }

    private static Cv cv(Esco esco, Occupation o, int n, Random r, List<Occupation> all) {
        Lang lang = r.nextBoolean() ? Lang.DA : Lang.EN;
        boolean changer = r.nextBoolean();
        Occupation former = o;
        while (changer && former.isco().equals(o.isco())) {
            former = pick(all, r);
        }
        List<String> ids = new ArrayList<>(sample(esco.essentialSkills(o.uri()), 4 + r.nextInt(5), r));
        ids.addAll(sample(esco.optionalSkills(o.uri()), r.nextInt(3), r));
        if (changer) {
            ids.addAll(sample(esco.essentialSkills(former.uri()), 2, r));
        }
        Collections.shuffle(ids, r);
        String title = pick(labels(former, lang), r);
        String skills = String.join(", ", skillLabels(esco, ids));
        int years = 2 + r.nextInt(14);
        String text = lang == Lang.DA
            ? "Curriculum vitae\nJeg har arbejdet som " + title + " i " + years + " år. Mine kompetencer: " + skills
                + ". Jeg er stabil og god til at samarbejde, og jeg søger nu et nyt job."
            : "Curriculum vitae\nI have worked as a " + title + " for " + years + " years. My skills: " + skills
                + ". I am reliable and a good team player, and I am now looking for a new job.";
        return new Cv("CV" + n, text, lang, o.uri(), o.isco(), changer, n % 2 == 0);
    }

    private static List<String> labels(Occupation o, Lang lang) {
        var out = new ArrayList<String>();
        out.add(o.label(lang));
        out.addAll(lang == Lang.DA ? o.altLabelsDa() : o.altLabelsEn());
        return out;
    }

    private static List<String> skillLabels(Esco esco, List<String> ids) {
        return ids.stream().map(id -> esco.skill(id).map(s -> s.label()).orElse(id)).toList();
    }

    private static List<String> sample(List<String> ids, int n, Random r) {
        var copy = new ArrayList<>(ids);
        Collections.shuffle(copy, r);
        return copy.subList(0, Math.min(n, copy.size()));
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    /** One STAR code per ESCO occupation that the crosswalk maps exactly, for postings that carry a Jobnet code. */
    private static Map<String, String> starCodes(Esco esco) {
        Map<String, String> out = new HashMap<>();
        esco.starCodes().stream().sorted().forEach(code -> esco.star(code).stream()
            .filter(m -> "exactMatch".equals(m.matchType()))
            .forEach(m -> out.putIfAbsent(m.escoUri(), code)));
        return out;
    }
}
