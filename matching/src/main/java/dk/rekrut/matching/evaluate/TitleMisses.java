package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Error analysis of the {@code occupation-title-da} task: every Danish development title with its right occupations,
 * the rank of the first right one and the engine's first three (standard output, tab-separated), each sorted into a
 * {@link Miss} class; the count and MRR of each class per half go to standard error:
 * <pre>
 * java -cp matching/target/rekrut-matching.jar dk.rekrut.matching.evaluate.TitleMisses ../shared/data/matching
 * </pre>
 * It reads the crosswalk like the task does (evaluation data); the ranker never does.
 */
public final class TitleMisses {

    /** Why a title's first right occupation is not first; the first class that applies, in this order. */
    enum Miss {
        HIT_LABEL("first; the title is an ESCO Danish label"),
        HIT("first; the title is no ESCO label"),
        SHARED_LABEL("the title is a label of a right occupation that other occupations share"),
        OTHERS_LABEL("the title is a label only of occupations the crosswalk did not choose"),
        NO_DANISH_LABEL("no right occupation has a Danish label"),
        UNIVERSITY_FIELD("\"title, field\" of a university post: the right ones are lecturers in some fields (2310)"),
        TITLE_FIELD("another \"title, field\" title"),
        TRAINEE("a trainee title (-elev, -lærling): the right one is the trade's worker"),
        INFLECTION("an inflected, plural or gendered form of a right occupation's label"),
        BROADER_OR_NARROWER("the first is the broader or a narrower occupation of a right one"),
        NO_SHARED_WORD("no word or compound part shared with a right occupation's labels"),
        SHARED_WORD_SAME_GROUP("shares a word or compound part; the first is in a right ISCO-4 group"),
        SHARED_WORD_OTHER_GROUP("shares a word or compound part; the first is in another ISCO-4 group");

        final String what;

        Miss(String what) {
            this.what = what;
        }
    }

    private static final Pattern TRAINEE = Pattern.compile("(?U)\\w(?:elev|lærling|praktikant)\\b",
        Pattern.CASE_INSENSITIVE);
    // Endings that inflect a Danish noun or mark its gender: plural, definite, "-inde", "-ske".
    private static final List<String> ENDINGS = List.of("e", "er", "erne", "en", "et", "ne", "r", "rne", "inde",
        "inder", "ske", "sker");
    private static final int MIN_WORD = 4;
    private static final int MIN_PREFIX = 5;

    private TitleMisses() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/matching");
        Esco esco = Esco.shipped();
        var engine = new Occupations(esco);
        Map<String, double[]> classes = new TreeMap<>();
        for (OccupationQuery q : OccupationSets.danishTitles(esco, data)) {
            List<Occupation> ranked = engine.rank(q.text(), Lang.DA, OccupationMetrics.DEPTH).stream()
                .map(RankedOccupation::occupation).toList();
            int rank = 0;
            while (rank < ranked.size() && !q.gold().contains(ranked.get(rank).uri())) {
                rank++;
            }
            rank = rank == ranked.size() ? 0 : rank + 1;
            Miss miss = classify(esco, q, rank, ranked);
            String name = String.format(Locale.ROOT, "%s\t%02d %s", q.half(), miss.ordinal(), miss.what);
            double[] c = classes.computeIfAbsent(name, k -> new double[2]);
            c[0]++;
            c[1] += rank == 0 ? 0 : 1.0 / rank;
            System.out.println(String.join("\t", q.half().name(), miss.name(), q.text(), String.valueOf(rank),
                names(q.gold().stream().map(u -> esco.occupation(u).orElseThrow()).toList()),
                names(ranked.subList(0, Math.min(3, ranked.size())))));
        }
        classes.forEach((k, c) -> System.err.printf(Locale.ROOT, "%s\t%d\tMRR %.3f%n", k, (int) c[0], c[1] / c[0]));
    }

    private static String names(List<Occupation> occupations) {
        return occupations.stream().map(o -> o.label(Lang.DA) + " (" + o.isco() + ")")
            .collect(Collectors.joining("; "));
    }

    /** The class of a title whose first right occupation stands at {@code rank} (0: not among {@code ranked}). */
    static Miss classify(Esco esco, OccupationQuery q, int rank, List<Occupation> ranked) {
        if (rank == 1) {
            return q.literal() ? Miss.HIT_LABEL : Miss.HIT;
        }
        String key = Occupations.labelKey(q.text());
        List<Occupation> gold = q.gold().stream().map(u -> esco.occupation(u).orElseThrow()).toList();
        if (q.literal()) {
            return gold.stream().anyMatch(o -> keys(o).contains(key)) ? Miss.SHARED_LABEL : Miss.OTHERS_LABEL;
        }
        if (gold.stream().allMatch(o -> o.labelDa().isEmpty())) {
            return Miss.NO_DANISH_LABEL;
        }
        if (q.text().contains(",")) {
            return q.goldIsco().equals(Set.of("2310")) ? Miss.UNIVERSITY_FIELD : Miss.TITLE_FIELD;
        }
        if (TRAINEE.matcher(q.text()).find()) {
            return Miss.TRAINEE;
        }
        if (gold.stream().flatMap(o -> keys(o).stream()).anyMatch(l -> inflected(key, l))) {
            return Miss.INFLECTION;
        }
        Occupation first = ranked.isEmpty() ? null : ranked.get(0);
        if (first != null && gold.stream().anyMatch(o -> esco.broader(o.uri()).orElse("").equals(first.uri())
            || esco.broader(first.uri()).orElse("").equals(o.uri()))) {
            return Miss.BROADER_OR_NARROWER;
        }
        boolean shares = gold.stream().flatMap(o -> keys(o).stream()).anyMatch(l -> sharesWord(key, l));
        if (!shares) {
            return Miss.NO_SHARED_WORD;
        }
        return first != null && q.goldIsco().contains(first.isco()) ? Miss.SHARED_WORD_SAME_GROUP
            : Miss.SHARED_WORD_OTHER_GROUP;
    }

    private static Set<String> keys(Occupation o) {
        return o.labels(Lang.DA).stream().map(Occupations::labelKey).collect(Collectors.toSet());
    }

    /** The same words, each equal or one the other plus an inflection or gender ending ("lærerinde", "lærer"). */
    static boolean inflected(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || a.equals(b)) {
            return false;
        }
        for (int i = 0; i < x.length; i++) {
            String longer = x[i].length() >= y[i].length() ? x[i] : y[i];
            String shorter = longer == x[i] ? y[i] : x[i];
            if (!longer.startsWith(shorter) || !(longer.equals(shorter)
                || ENDINGS.contains(longer.substring(shorter.length())))) {
                return false;
            }
        }
        return true;
    }

    /** A word of at least four letters of one inside a word of the other, or five first letters in common. */
    static boolean sharesWord(String a, String b) {
        for (String x : a.split(" ")) {
            for (String y : b.split(" ")) {
                if (x.length() >= MIN_WORD && y.length() >= MIN_WORD && (x.contains(y) || y.contains(x)
                    || commonPrefix(x, y) >= MIN_PREFIX)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
