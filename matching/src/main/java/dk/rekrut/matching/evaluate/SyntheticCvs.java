package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.esco.Skill;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * CV-like English texts made from ESCO, because the development data has no CVs. SYNTHETIC: each text belongs to one
 * occupation and names 4-8 of its essential skills and up to 2 optional ones, mixed with 2 essential skills of a
 * former job in another ISCO-4 group whose title it also names; it never names its own occupation. So it measures
 * whether skills outweigh a former title, with ESCO's own skill wording; real CVs word skills freely, mention more
 * than one occupation and are in Danish too, so figures on this set are an optimistic upper bound for skills matching.
 * Fixed seed: the same texts every run.
 */
public final class SyntheticCvs {

    static final long SEED = 18;
    static final int COUNT = 1000;
    private static final int MIN_ESSENTIAL = 6;

    private SyntheticCvs() {
    }

    public static List<OccupationQuery> generate(Esco esco) {
        return generate(esco, SEED, COUNT);
    }

    public static List<OccupationQuery> generate(Esco esco, long seed, int count) {
        var random = new Random(seed);
        List<Occupation> eligible = new ArrayList<>(esco.occupations().stream()
            .filter(o -> esco.essentialSkills(o.uri()).size() >= MIN_ESSENTIAL).toList());
        Collections.shuffle(eligible, random);
        var out = new ArrayList<OccupationQuery>();
        for (int i = 0; i < Math.min(count, eligible.size()); i++) {
            Occupation o = eligible.get(i);
            Occupation former = formerJob(eligible, o, random);
            List<String> skills = new ArrayList<>();
            skills.addAll(sample(esco, esco.essentialSkills(o.uri()), 4 + random.nextInt(5), random));
            skills.addAll(sample(esco, esco.optionalSkills(o.uri()), random.nextInt(3), random));
            skills.addAll(sample(esco, esco.essentialSkills(former.uri()), 2, random));
            Collections.shuffle(skills, random);
            List<String> formerLabels = former.labels(Lang.EN);
            String formerTitle = formerLabels.get(random.nextInt(formerLabels.size()));
            String id = "CV" + i;
            out.add(new OccupationQuery(id, text(formerTitle, 2 + random.nextInt(15), skills, random), Lang.EN,
                Set.of(o.uri()), Set.of(o.isco()), false, OccupationQuery.Half.of(id)));
        }
        return out;
    }

    /** A random occupation of the list in another ISCO-4 group than {@code o}: a career changer's former job. */
    static Occupation formerJob(List<Occupation> eligible, Occupation o, Random random) {
        Occupation former = eligible.get(random.nextInt(eligible.size()));
        while (former.isco().equals(o.isco())) {
            former = eligible.get(random.nextInt(eligible.size()));
        }
        return former;
    }

    /** The labels of up to {@code n} of the skills, drawn at random. */
    static List<String> sample(Esco esco, List<String> ids, int n, Random random) {
        List<String> copy = new ArrayList<>(ids);
        Collections.shuffle(copy, random);
        return copy.stream().limit(n).map(id -> esco.skill(id).map(Skill::label).orElse("")).filter(s -> !s.isEmpty())
            .toList();
    }

    private static String text(String formerTitle, int years, List<String> skills, Random random) {
        var sb = new StringBuilder("Curriculum vitae\n\nWork experience\n").append(capitalised(formerTitle))
            .append(", ").append(years).append(" years.\n\n");
        int half = skills.size() / 2;
        if (random.nextBoolean()) {
            sb.append("Skills\n");
            skills.forEach(s -> sb.append("- ").append(s).append('\n'));
        } else {
            sb.append("I am experienced in ").append(String.join(", ", skills.subList(0, half))).append(".\n")
                .append("I can also ").append(String.join(" and ", skills.subList(half, skills.size()))).append(".\n");
        }
        return sb.toString();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
