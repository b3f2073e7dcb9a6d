package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Tsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * CVs laid out as CVs are, in Danish and in English, made from ESCO because the development data has no CVs.
 * SYNTHETIC: each belongs to one occupation and names it as a job title, one of its ESCO labels in the CV's language,
 * in its latest experience line ("2019–nu  Sygeplejerske, Region Sjælland"); an older line names a former job in
 * another ISCO-4 group; some CVs also carry the title as a headline, in an education line or in a sentence; the profile
 * is made of general sentences that name no occupation; the skills are 2-4 of the occupation's essential skills and one
 * of the former job's, by their English ESCO labels, in an English CV; a Danish CV lists 3-6 Danish skill phrases
 * drawn at random from the Kompetencer posting sentences (so unrelated to its occupation: Danish wording that the
 * English skill fields hit only by accident, as real Danish CVs do) and, in half of the CVs, one or two of the
 * occupation's essential skills in English (as Danes name tools and methods; the data has no Danish skill labels).
 * The order of the lines, the date format and the labels vary. It measures whether the engine
 * finds the title where a CV puts it and prefers the latest job to a former one; it cannot show free wording of a
 * title that is no ESCO label, several current jobs, or titles without dates. Fixed seed.
 */
public final class SyntheticTitledCvs {

    static final String KOMPETENCER = "da_posting_sentences_kompetencer.tsv";
    static final long SEED = 2026;
    static final int COUNT = 800;
    private static final int MIN_ESSENTIAL = 4;

    private static final List<String> EMPLOYERS = List.of("Region Sjælland", "Roskilde Kommune", "Nordisk Service A/S",
        "Jensen & Søn ApS", "Aarhus Kommune", "Danske Løsninger A/S", "Vestjysk Industri", "Københavns Kommune",
        "Fyns Teknik ApS", "Region Hovedstaden", "Møller Gruppen", "Hansen Holding A/S");
    private static final List<String> PROFILE_DA = List.of(
        "Jeg er en mødestabil og ansvarsbevidst person, der trives med at samarbejde.",
        "Jeg er god til at bevare overblikket, også når der er travlt.",
        "Mine kolleger beskriver mig som rolig, grundig og hjælpsom.",
        "Jeg lægger vægt på en god tone og et godt arbejdsmiljø.",
        "I min fritid dyrker jeg motion og er frivillig i den lokale forening.",
        "Jeg er nysgerrig og lærer hurtigt nye systemer og arbejdsgange.",
        "Jeg har kørekort og egen bil.",
        "Jeg søger nye udfordringer, hvor jeg kan bruge min erfaring.");
    private static final List<String> PROFILE_EN = List.of(
        "I am a reliable and responsible person who enjoys working with others.",
        "I keep track of things, also when there is a lot to do.",
        "My colleagues describe me as calm, thorough and helpful.",
        "I value a friendly tone and a good working environment.",
        "In my spare time I exercise and volunteer in a local club.",
        "I am curious and quick to learn new systems and routines.",
        "I hold a driving licence and have my own car.",
        "I am looking for new challenges where I can use my experience.");

    private SyntheticTitledCvs() {
    }

    /** The set, with the Danish skill phrases read from the development data's Kompetencer sentences. */
    public static List<OccupationQuery> generate(Esco esco, Path data) throws IOException {
        var spans = new ArrayList<String>();
        try (InputStream in = Files.newInputStream(data.resolve(KOMPETENCER))) {
            Tsv.read(in, r -> java.util.Arrays.stream(r.get("skill_spans").split("\\|\\|")).map(String::strip)
                .filter(s -> s.length() > 3 && s.length() < 60).forEach(spans::add));
        }
        return generate(esco, spans, SEED, COUNT);
    }

    public static List<OccupationQuery> generate(Esco esco, List<String> danishSkills, long seed, int count) {
        var random = new Random(seed);
        List<Occupation> eligible = new ArrayList<>(esco.occupations().stream()
            .filter(o -> !o.labels(Lang.DA).isEmpty() && esco.essentialSkills(o.uri()).size() >= MIN_ESSENTIAL).toList());
        Collections.shuffle(eligible, random);
        var out = new ArrayList<OccupationQuery>();
        for (int i = 0; i < Math.min(count, eligible.size()); i++) {
            Occupation o = eligible.get(i);
            Occupation former = SyntheticCvs.formerJob(eligible, o, random);
            Lang lang = i % 2 == 0 ? Lang.DA : Lang.EN;
            String id = "TCV" + i;
            out.add(new OccupationQuery(id, text(esco, o, former, lang, danishSkills, random), lang, Set.of(o.uri()),
                Set.of(o.isco()), false, OccupationQuery.Half.of(id)));
        }
        return out;
    }

    private static String text(Esco esco, Occupation o, Occupation former, Lang lang, List<String> danishSkills,
                               Random random) {
        boolean da = lang == Lang.DA;
        String title = SyntheticCvs.capitalised(pick(o.labels(lang), random));
        String formerTitle = SyntheticCvs.capitalised(pick(former.labels(lang), random));
        int start = 2010 + random.nextInt(12);
        int formerStart = start - 2 - random.nextInt(8);
        var sb = new StringBuilder();
        sb.append(random.nextInt(3) == 0 ? title : da ? "CV" : "Curriculum vitae").append("\n\n");
        sb.append(da ? "Profil\n" : "Profile\n");
        List<String> profile = new ArrayList<>(da ? PROFILE_DA : PROFILE_EN);
        Collections.shuffle(profile, random);
        profile.stream().limit(2 + random.nextInt(3)).forEach(s -> sb.append(s).append(' '));
        if (random.nextInt(4) == 0) {
            sb.append(da ? "Jeg arbejder som " : "I work as ").append(title.toLowerCase(java.util.Locale.ROOT))
                .append(da ? " og trives med det." : " and enjoy it.");
        }
        sb.append("\n\n").append(da ? "Erhvervserfaring\n" : "Work experience\n");
        String latest = dates(start, -1, da, random) + "  " + title + ", " + pick(EMPLOYERS, random);
        String older = dates(formerStart, start, da, random) + "  " + formerTitle + ", " + pick(EMPLOYERS, random);
        sb.append(random.nextInt(4) == 0 ? older + "\n" + latest : latest + "\n" + older).append("\n\n");
        sb.append(da ? "Uddannelse\n" : "Education\n");
        if (random.nextBoolean()) {
            sb.append(da ? "Uddannet " : "Qualified ").append(title.toLowerCase(java.util.Locale.ROOT)).append(' ')
                .append(start - 1).append('\n');
        } else {
            sb.append(formerStart - 3).append(da ? "  Studentereksamen, Roskilde Gymnasium\n" : "  A levels, City College\n");
        }
        sb.append('\n').append(da ? "Kompetencer\n" : "Skills\n");
        List<String> skills = new ArrayList<>();
        if (da) {
            for (int k = 3 + random.nextInt(4); k > 0; k--) {
                skills.add(pick(danishSkills, random));
            }
            skills.addAll(SyntheticCvs.sample(esco, esco.essentialSkills(o.uri()), random.nextBoolean() ? 1 + random.nextInt(2) : 0,
                random));
        } else {
            skills.addAll(SyntheticCvs.sample(esco, esco.essentialSkills(o.uri()), 2 + random.nextInt(3), random));
            skills.addAll(SyntheticCvs.sample(esco, esco.essentialSkills(former.uri()), 1, random));
        }
        Collections.shuffle(skills, random);
        sb.append(String.join(", ", skills)).append('\n');
        return sb.toString();
    }

    // "2019–nu", "2019 - d.d.", "jan. 2019 – i dag"; "2012–2019", "2012 - 2019".
    private static String dates(int from, int to, boolean da, Random random) {
        String dash = random.nextBoolean() ? "–" : " - ";
        String open = da ? pick(List.of("nu", "d.d.", "i dag"), random) : pick(List.of("present", "now"), random);
        String month = random.nextInt(3) == 0 ? (da ? "jan. " : "Jan ") : "";
        return month + from + dash + (to < 0 ? open : String.valueOf(to));
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
