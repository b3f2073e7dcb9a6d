package dk.rekrut.redaction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Danish or English, by counting frequent function words; the detectors handle both, this only picks word lists. */
final class Language {

    private static final Set<String> DA = Set.of("og", "jeg", "er", "det", "at", "en", "til", "på", "med", "som", "har", "af",
        "mit", "min", "mig", "ikke", "for", "de", "den", "fra", "hos", "arbejde", "erfaring");
    private static final Set<String> EN = Set.of("and", "the", "i", "is", "of", "to", "in", "with", "my", "have", "as", "for",
        "at", "from", "experience", "work", "am", "an", "this");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Language() {
    }

    static String guess(String text) {
        int da = 0;
        int en = 0;
        var m = WORD.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (DA.contains(w)) {
                da++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        return en > da ? "en" : "da";
    }
}
