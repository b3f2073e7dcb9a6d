package dk.rekrut.matching.occupation;

import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Danish compounds split into modifier and head by the words of ESCO's Danish labels: "forlystelsesmedarbejder" is
 * "forlystelses" + "medarbejder", "museumsbetjent" is "museums" + "betjent", so a title shares words with labels that
 * share its modifier ("forlystelsesoperatør") or its head, not only n-grams. The head is the longest label word
 * (at least {@value #MIN_HEAD} letters) that ends the word; the modifier left of it must be a label word, with or
 * without a linking s or e, or begin another label word. Immutable once built.
 */
final class Compounds {

    private static final int MIN_WORD = 8;
    private static final int MIN_HEAD = 4;
    private static final int MIN_MODIFIER = 3;

    private final NavigableSet<String> vocabulary = new TreeSet<>();

    Compounds(Collection<String> labels) {
        for (String label : labels) {
            for (String w : Analysis.words(label)) {
                if (w.length() >= MIN_MODIFIER) {
                    vocabulary.add(w);
                }
            }
        }
    }

    /** The text's words followed by the parts of those that split ("museumsbetjent" → "museumsbetjent museums betjent"). */
    String withParts(String text) {
        var sb = new StringBuilder(text == null ? "" : text);
        for (String w : Analysis.words(text)) {
            for (String part : split(w)) {
                sb.append(' ').append(part);
            }
        }
        return sb.toString();
    }

    List<String> split(String word) {
        if (word.length() < MIN_WORD) {
            return List.of();
        }
        for (int i = MIN_MODIFIER; i <= word.length() - MIN_HEAD; i++) {
            String head = word.substring(i);
            String modifier = word.substring(0, i);
            if (vocabulary.contains(head) && isModifier(modifier, word)) {
                return List.of(modifier, head);
            }
        }
        return List.of();
    }

    private boolean isModifier(String m, String whole) {
        if (vocabulary.contains(m) || (m.length() > MIN_MODIFIER && (m.endsWith("s") || m.endsWith("e"))
            && vocabulary.contains(m.substring(0, m.length() - 1)))) {
            return true;
        }
        // It begins a label word other than the compound itself.
        for (String w : vocabulary.tailSet(m, false)) {
            if (!w.startsWith(m)) {
                return false;
            }
            if (!w.equals(whole)) {
                return true;
            }
        }
        return false;
    }
}
