package dk.rekrut.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that are not in the form: gazetteers of first names and surnames (Danish and of non-Danish origin, so
 * nobody is treated differently because of their name), weighed by capitalisation, neighbouring name parts,
 * position (a signature, the top of a CV, a references section) and context words. A lone capitalised word
 * that is also an ordinary word ("Bo", "Mark", "Sten", "Storm") is a name only with such support.
 */
final class NameDetector {

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}'’]*(?:-\\p{Lu}?[\\p{Ll}'’]+)*\\.?");
    private static final Pattern SIGNATURE = Pattern.compile("(?:med venlig hilsen|venlig hilsen|mvh|de bedste hilsner|"
        + "bedste hilsner|kærlig hilsen|hilsen|kind regards|best regards|regards|yours sincerely|sincerely|yours faithfully)"
        + "[,!.]?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CUE = Pattern.compile("(?:navn|name|reference|referencer|referencer?person|referee|kontakt|"
        + "contact|leder|manager|chef|ved|v/|attn\\.?|kære|dear|hej|hi|underskrevet|signed)\\s*:?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Capitalised words that must not start a name sequence although they are in a gazetteer. */
    private static final Set<String> NEVER_ALONE = Set.of("jeg", "vi", "de", "den", "det", "en", "et", "i", "og", "på", "med",
        "til", "for", "som", "er", "the", "a", "an", "and", "in", "on", "at", "to", "of", "my", "we", "it", "is", "as", "by",
        "danmark", "denmark", "københavn", "aarhus", "odense", "aalborg", "januar", "februar", "marts", "april", "maj",
        "juni", "juli", "august", "september", "oktober", "november", "december", "mandag", "tirsdag", "onsdag", "torsdag",
        "fredag", "lørdag", "søndag", "cv", "ansøgning", "erfaring", "uddannelse", "kompetencer", "profil");

    private final Set<String> firstNames;
    private final Set<String> surnames;

    NameDetector() {
        firstNames = new HashSet<>();
        surnames = new HashSet<>();
        for (String file : List.of("first-names-boys.csv", "first-names-girls.csv", "first-names-unisex.csv")) {
            read(file, line -> firstNames.add(line.strip().toLowerCase(Locale.ROOT)));
        }
        read("names-frequency-gender-origin.csv", line -> {
            String[] f = line.split(",");
            if (f.length >= 5 && !f[1].equals("name")) {
                (f[4].strip().equals("True") ? firstNames : surnames).add(f[1].strip().toLowerCase(Locale.ROOT));
            }
        });
    }

    boolean isFirstName(String w) {
        return firstNames.contains(w.toLowerCase(Locale.ROOT));
    }

    boolean isSurname(String w) {
        return surnames.contains(w.toLowerCase(Locale.ROOT));
    }

    List<Span> detect(String text) {
        List<Span> out = new ArrayList<>();
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue;
            }
            tokens.add(new int[] {m.start(), m.end()});
        }
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            // A run of capitalised words separated only by spaces (a name does not cross a line or a comma).
            while (j + 1 < tokens.size() && text.substring(tokens.get(j)[1], tokens.get(j + 1)[0]).matches("[ \\t]+")) {
                j++;
            }
            judge(text, tokens.subList(i, j + 1), out);
            i = j + 1;
        }
        return out;
    }

    private void judge(String text, List<int[]> run, List<Span> out) {
        int start = -1;
        int end = -1;
        int nameWords = 0;
        boolean firstSeen = false;
        for (int[] t : run) {
            String w = clean(text.substring(t[0], t[1]));
            boolean first = isFirstName(w);
            boolean sur = isSurname(w) || isSurnameShape(w);
            if (start < 0) {
                if (first && !NEVER_ALONE.contains(w.toLowerCase(Locale.ROOT))) {
                    start = t[0];
                    end = t[1];
                    nameWords = 1;
                    firstSeen = true;
                }
                continue;
            }
            if (first || sur || firstSeen && isCapitalisedWord(w)) {
                end = t[1];
                nameWords++;
            } else {
                break;
            }
        }
        if (start < 0) {
            return;
        }
        String found = text.substring(start, end).replaceAll("\\.$", "");
        end = start + found.length();
        if (nameWords >= 2) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.9, "gazetteer: first name followed by a name part"));
        } else if (supported(text, start, end)) {
            out.add(new Span(start, end, SpanType.NAME, found, 0.8, "gazetteer: first name in a signature, heading or after a cue"));
        }
    }

    /** A lone first name counts only where names stand: alone on a line after a greeting, at the top, after a cue. */
    private static boolean supported(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String before = text.substring(lineStart, start);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        if (CUE.matcher(before).find()) {
            return true;
        }
        boolean aloneOnLine = before.isBlank() && after.replaceAll("[,.]", "").isBlank();
        if (!aloneOnLine) {
            return false;
        }
        if (lineStart == 0 || text.substring(0, lineStart).isBlank()) {
            return true; // the first line of the document: the top of a CV or letter
        }
        int prevEnd = lineStart - 1;
        int prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
        return SIGNATURE.matcher(text.substring(prevStart, prevEnd).strip()).find();
    }

    private static boolean isSurnameShape(String w) {
        // Surnames not in the gazetteers, in the shapes they take: Al-Hassan, O'Brien, Sørensen, Abdullahi, Nguyen.
        return w.matches("(?:Al|El|Ben|Abu|Ibn|Van|Von|De|Da|Di|La|Le|Mac|Mc|O')[-’']?\\p{Lu}\\p{Ll}+.*")
            || w.matches("\\p{Lu}\\p{Ll}+(?:sen|son|søn|strup|gaard|gård|holm|berg|lund|bjerg|skov|dal|kjær|ø|borg|"
            + "ov|ova|ev|eva|ić|ic|escu|ović|poulos|zadeh|ullah|oglu|oğlu|ski|ska)");
    }

    private static boolean isCapitalisedWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !NEVER_ALONE.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String clean(String w) {
        return w.replaceAll("[.'’]+$", "").replaceAll("(?:'s|’s)$", "");
    }

    private static void read(String file, java.util.function.Consumer<String> line) {
        try (var in = NameDetector.class.getResourceAsStream("data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + file);
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String l;
            while ((l = reader.readLine()) != null) {
                l = l.replace("\uFEFF", "");
                if (!l.isBlank()) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
