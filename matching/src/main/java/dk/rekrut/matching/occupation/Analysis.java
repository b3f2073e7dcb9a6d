package dk.rekrut.matching.occupation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How the occupation index reads words: English and Danish stemmed words, character n-grams of each word (Danish
 * compounds: {@code lagerarbejder} shares most of its n-grams with {@code lagermedarbejder}), and a normalised form
 * of a whole label for exact lookup. The Lucene analyzers are thread-safe.
 */
final class Analysis {

    static final Analyzer ENGLISH = new EnglishAnalyzer();
    static final Analyzer DANISH = new DanishAnalyzer();

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Analysis() {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        var out = new ArrayList<String>();
        try (TokenStream ts = analyzer.tokenStream("f", text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Set<String> termSet(Analyzer analyzer, String text) {
        return new LinkedHashSet<>(terms(analyzer, text));
    }

    /**
     * Lower-case words with accents other than the Danish letters folded ({@code café} = {@code cafe}, but
     * {@code ø} stays), for exact label lookup and n-grams.
     */
    static List<String> words(String text) {
        String lower = (text == null ? "" : text).toLowerCase(Locale.ROOT)
            .replace('æ', '\u0001').replace('ø', '\u0002').replace('å', '\u0003');
        String folded = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("")
            .replace('\u0001', 'æ').replace('\u0002', 'ø').replace('\u0003', 'å');
        var out = new ArrayList<String>();
        for (String w : NOT_WORD.split(folded)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The text's words without Danish stop words ("og", "har", "med"), one space between. */
    static String withoutDanishStopWords(String text) {
        var stop = DanishAnalyzer.getDefaultStopSet();
        var out = new StringBuilder();
        for (String w : words(text)) {
            if (!stop.contains(w)) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    /** A label or title as one key: its words, space-separated ("Social- og sundhedsassistent" → "social og sundhedsassistent"). */
    static String key(String text) {
        return String.join(" ", words(text));
    }

    /**
     * Character 3- and 4-grams of each word, the word's start and end marked ({@code ^la}, {@code er$}), so that
     * compounds and inflections share most of their grams. Words of one or two letters give none.
     */
    static Set<String> grams(String text) {
        var out = new LinkedHashSet<String>();
        for (String w : words(text)) {
            if (w.length() < 3) {
                continue;
            }
            String m = "^" + w + "$";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= m.length(); i++) {
                    out.add(m.substring(i, i + n));
                }
            }
        }
        return out;
    }
}
