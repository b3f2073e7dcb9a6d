package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The head nouns of titles and labels: the word that names the occupation. In English and Danish it ends the title
 * ("marketing <b>executive</b>", "lager<b>arbejder</b>", the head of a Danish compound) or comes before a
 * preposition ("<b>manager</b> of ...", "<b>lektor</b> i ...", "<b>operatør</b> af ..."). A title whose head is a
 * label's head ("Facilities Maintenance Technician" and a technician, not a facilities manager) names the same kind
 * of work even when its other words point elsewhere. Heads are compared as stems, per language. Immutable once built.
 */
final class Heads {

    // Where a head noun stands before its complement: "manager of", "lecturer in", "leder af", "lærer i".
    private static final Pattern PREPOSITION = Pattern.compile(
        "\\s(?:of|in|for|at|on|i|af|for|inden|ved|på|til|med|with)\\s", Pattern.UNICODE_CASE);
    // A label's note ("Java (computer programming)") and a title's trade field ("Lektor, samfundsvidenskab").
    private static final Pattern NOTE = Pattern.compile("\\(.*?\\)|,.*$");

    private final Compounds compounds;
    private final Set<String>[] byOccupation;

    @SuppressWarnings("unchecked")
    Heads(Occupation[] occupations, Compounds compounds) {
        this.compounds = compounds;
        this.byOccupation = new Set[occupations.length];
        for (int i = 0; i < occupations.length; i++) {
            Set<String> heads = new HashSet<>();
            for (String label : occupations[i].labels(Lang.EN)) {
                heads.addAll(of(label, false));
            }
            for (String label : occupations[i].labels(Lang.DA)) {
                heads.addAll(of(label, true));
            }
            byOccupation[i] = heads;
        }
    }

    /** Whether one of the title's heads is a head of one of the occupation's labels. */
    boolean shares(Set<String> titleHeads, int occupation) {
        for (String h : titleHeads) {
            if (byOccupation[occupation].contains(h)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The heads of a title in both languages (a short title's language is unknown): of the whole title, of the part
     * before a comma ("Lektor, samfundsvidenskab") and of each part of a joined title ({@link Titles#segments}).
     */
    Set<String> ofTitle(String title, List<String> segments) {
        var out = new LinkedHashSet<String>();
        for (String part : parts(title, segments)) {
            out.addAll(of(part, false));
            out.addAll(of(part, true));
        }
        return out;
    }

    private static List<String> parts(String title, List<String> segments) {
        var parts = new java.util.ArrayList<String>();
        parts.add(title);
        parts.addAll(segments);
        int comma = title.indexOf(',');
        if (comma > 0) {
            parts.add(title.substring(0, comma));
        }
        return parts;
    }

    /** The head stems of one text read as English or Danish, prefixed by the language ("en:manag", "da:lektor"). */
    Set<String> of(String text, boolean danish) {
        String plain = NOTE.matcher(text).replaceAll(" ");
        var out = new LinkedHashSet<String>();
        var m = PREPOSITION.matcher(" " + plain.toLowerCase(java.util.Locale.ROOT) + " ");
        if (m.find() && m.start() > 0) {
            addLast(out, (" " + plain.toLowerCase(java.util.Locale.ROOT)).substring(0, m.start()), danish);
        }
        addLast(out, plain, danish);
        return out;
    }

    private void addLast(Set<String> out, String text, boolean danish) {
        List<String> words = Analysis.words(text);
        if (words.isEmpty()) {
            return;
        }
        String last = words.get(words.size() - 1);
        add(out, last, danish);
        if (danish) {
            List<String> parts = compounds.split(last);
            if (!parts.isEmpty()) {
                add(out, parts.get(1), true);
            }
        }
    }

    private static void add(Set<String> out, String word, boolean danish) {
        List<String> stems = Analysis.terms(danish ? Analysis.DANISH : Analysis.ENGLISH, word);
        if (!stems.isEmpty()) {
            out.add((danish ? "da:" : "en:") + stems.get(0));
        }
    }
}
