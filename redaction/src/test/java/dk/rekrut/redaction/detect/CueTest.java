package dk.rekrut.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Cue#endsLine} asks its pattern only where the line ends in one of the cue's words. It must answer as
 * {@code pattern.matcher(line).find()} does on every line, and its words must cover every alternative of the pattern.
 */
class CueTest {

    private static final List<Cue> CUES = List.of(NameDetector.CUE, NameDetector.GREETING_BEFORE, NameDetector.PERSON_CUE,
        AddressDetector.CUE, DateAndAgeDetector.PHONE_CUE, DateAndAgeDetector.NUMBER_CUE);

    @Test
    void everyAlternativeOfThePatternIsAWordOfTheCue() {
        for (Cue cue : CUES) {
            String source = cue.pattern().pattern();
            int open = source.indexOf("(?:");
            List<String> alternatives = new ArrayList<>();
            expandAlternatives(source.substring(open + 3, closing(source, open)), alternatives);
            assertThat(alternatives).as(source).isNotEmpty();
            Set<String> words = Set.copyOf(cue.words());
            for (String a : alternatives) {
                String word = a.endsWith(".") ? a.substring(0, a.length() - 1) : a;
                assertThat(words).as("%s in %s", word, source).contains(word);
            }
        }
    }

    @Test
    void answersAsTheSearchOfThePattern() {
        Random r = new Random(11);
        String[] tails = {"", " ", ":", ": ", ",", " ,", "\t", "\n", "\r\n", " :\n", "\u2028", "\u0085", "\f", "!", ".", " x", ":\n\n",
            " nr.", " No: ", "-nr", ". nr:\n", "#", " - ", "nr", " n", ":\r\n"};
        String[] before = {"", " ", "x", "min ", "é", "\n", "-", "1", "ÆØ ", "\uD835\uDC00", "Ja"};
        String odd = "KkSsIiıİſ\u212AæÆøØåÅ.-/ #:nrNRoO";
        int matched = 0;
        for (Cue cue : CUES) {
            for (String word : cue.words()) {
                for (int t = 0; t < 200; t++) {
                    String w = switch (r.nextInt(4)) {
                        case 0 -> word;
                        case 1 -> word.toUpperCase(Locale.ROOT);
                        case 2 -> Character.toUpperCase(word.charAt(0)) + word.substring(1);
                        default -> mangle(r, word, odd);
                    };
                    String line = before[r.nextInt(before.length)] + w + (r.nextInt(4) == 0 ? "." : "") + tails[r.nextInt(tails.length)];
                    boolean want = cue.pattern().matcher(line).find();
                    matched += want ? 1 : 0;
                    assertThat(cue.endsLine(line)).as("[%s] %s", line, cue.pattern()).isEqualTo(want);
                }
            }
            for (int t = 0; t < 2_000; t++) {
                var sb = new StringBuilder();
                for (int i = r.nextInt(20); i > 0; i--) {
                    sb.append(odd.charAt(r.nextInt(odd.length())));
                }
                String line = sb.toString();
                assertThat(cue.endsLine(line)).as("[%s] %s", line, cue.pattern()).isEqualTo(cue.pattern().matcher(line).find());
            }
        }
        assertThat(matched).isGreaterThan(1_000);
    }

    /** Some characters of the word replaced by others that fold to the same, or not. */
    private static String mangle(Random r, String word, String odd) {
        var sb = new StringBuilder(word);
        for (int i = 0; i < sb.length(); i++) {
            char c = sb.charAt(i);
            if (r.nextInt(3) == 0) {
                sb.setCharAt(i, switch (c) {
                    case 'k' -> '\u212A';
                    case 's' -> 'ſ';
                    case 'i' -> r.nextBoolean() ? 'ı' : 'İ';
                    default -> r.nextInt(4) == 0 ? odd.charAt(r.nextInt(odd.length())) : Character.toUpperCase(c);
                });
            }
        }
        return sb.toString();
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = s.indexOf(']', i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(s);
    }

    /**
     * The words an alternation of this simple form stands for, in lower case: literals, {@code [Hh]}, {@code \.},
     * an optional character ({@code r?}, {@code \.?}) and nested {@code (?-i:...)} groups.
     */
    private static void expandAlternatives(String alternation, List<String> out) {
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= alternation.length(); i++) {
            char c = i < alternation.length() ? alternation.charAt(i) : '|';
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                String a = alternation.substring(from, i);
                if (a.startsWith("(?-i:")) {
                    expandAlternatives(a.substring(5, a.length() - 1), out);
                } else {
                    expand(a, 0, "", out);
                }
                from = i + 1;
            }
        }
    }

    private static void expand(String a, int i, String prefix, List<String> out) {
        if (i == a.length()) {
            out.add(prefix.toLowerCase(Locale.ROOT));
            return;
        }
        char c = a.charAt(i);
        int next;
        if (c == '[') {
            c = a.charAt(i + 1); // [Hh]: one letter in either case
            next = a.indexOf(']', i) + 1;
        } else if (c == '\\') {
            c = a.charAt(i + 1);
            next = i + 2;
        } else {
            assertThat("(){}*+|^$").as(a).doesNotContain(String.valueOf(c));
            next = i + 1;
        }
        if (next < a.length() && a.charAt(next) == '?') {
            expand(a, next + 1, prefix, out);
            expand(a, next + 1, prefix + c, out);
        } else {
            expand(a, next, prefix + c, out);
        }
    }
}
