package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names in the elements of designed CVs (issue 17, fourth red-team round), where the word detectors do not see a word:
 * <ul>
 *   <li>a letter-spaced heading ("M E T T E   H A N S E N", "T O V E⏎B J E R R E G A A R D"): each run of single
 *   letters joined by single blanks is one word; a word that is a first name or surname of the gazetteers, or a part of
 *   the form's name, is a name, and so are the spaced words next to it on the same or the next line;</li>
 *   <li>a photo caption ("Foto: Fiona, sommer 2025", "Photo: Mei Ling, 2025"): the capitalised words after the cue,
 *   when the first is a first name or a part of the form's name.</li>
 * </ul>
 * A spaced heading of ordinary words ("P R O F I L", "E R F A R I N G") and a caption that credits a photographer's
 * business stay.
 */
final class DesignedNames {

    private DesignedNames() {
    }

    /** Three or more single letters joined by single blanks; runs apart by two blanks or a line break are other words. */
    private static final Pattern SPACED = Pattern.compile("(?<![\\p{L}\\p{N}] ?)\\p{Lu}(?: \\p{Lu}){2,}(?! ?[\\p{L}\\p{N}])");
    private static final Pattern CAPTION = Pattern.compile("(?<![\\p{L}])(?iu:foto|photo|billede|picture|portræt|portrait)[ \\t]*:"
        + "[ \\t]*(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,2})");

    static List<Span> detect(String text, NameDetector names, KnownPersonalData known) {
        List<Span> out = new ArrayList<>();
        List<String> parts = knownParts(known);
        if (text.indexOf(' ') >= 0) {
            spaced(text, names, parts, out);
        }
        Matcher c = CAPTION.matcher(text);
        while (c.find()) {
            String first = c.group(1).split("[ \\t]+")[0];
            if (names.isFirstName(first) || parts.contains(first.toLowerCase(Locale.ROOT))) { // a part of the form's name in any place
                out.add(new Span(c.start(1), c.end(1), SpanType.NAME, c.group(1), 0.8, "position: a name in a photo caption"));
            }
        }
        return out;
    }

    private static void spaced(String text, NameDetector names, List<String> parts, List<Span> out) {
        List<int[]> runs = new ArrayList<>();
        Matcher m = SPACED.matcher(text);
        while (m.find()) {
            runs.add(new int[] {m.start(), m.end()});
        }
        boolean[] first = new boolean[runs.size()];
        boolean[] name = new boolean[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            String w = text.substring(runs.get(k)[0], runs.get(k)[1]).replace(" ", "");
            String title = w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            first[k] = names.isFirstName(title) || !parts.isEmpty() && parts.getFirst().equals(w.toLowerCase(Locale.ROOT));
            name[k] = first[k] || names.isSurname(title) || parts.contains(w.toLowerCase(Locale.ROOT));
        }
        for (int k = 0; k < runs.size(); k++) {
            // Beside a spaced name on the same line, or on the line after a spaced first name ("T O V E⏎B J E R R E G A A R D"),
            // a spaced word is the name too; the line after a surname is the job title.
            boolean beside = k > 0 && (first[k - 1] ? near(text, runs.get(k - 1)[1], runs.get(k)[0], 1)
                    : name[k - 1] && near(text, runs.get(k - 1)[1], runs.get(k)[0], 0))
                || k + 1 < runs.size() && name[k + 1] && near(text, runs.get(k)[1], runs.get(k + 1)[0], 0);
            if (name[k] || beside && !NameDetector.isOrdinaryWord(text.substring(runs.get(k)[0], runs.get(k)[1]).replace(" ", "")
                    .toLowerCase(Locale.ROOT))) {
                out.add(new Span(runs.get(k)[0], runs.get(k)[1], SpanType.NAME, text.substring(runs.get(k)[0], runs.get(k)[1]), 0.8,
                    "position: a letter-spaced name"));
            }
        }
    }

    /** Only blanks and at most {@code lineBreaks} line breaks between two runs. */
    private static boolean near(String text, int from, int to, int lineBreaks) {
        String gap = text.substring(from, to);
        return gap.length() <= 6 && gap.isBlank() && gap.chars().filter(c -> c == '\n').count() <= lineBreaks;
    }

    /** The form's name parts of three or more letters, lower case, the given name first. */
    private static List<String> knownParts(KnownPersonalData known) {
        List<String> parts = new ArrayList<>();
        if (known != null && known.fullName() != null) {
            for (String p : known.fullName().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                if (p.length() >= 3) {
                    parts.add(p);
                }
            }
        }
        return parts;
    }
}
