package dk.rekrut.matching.skill;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Skill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * A skill gazetteer built from ESCO's skill labels: finds the longest label at each place of a text, word for word,
 * ignoring case and punctuation and comparing word stems, so "managed budgets" finds "manage budget". English labels
 * are compared with English stems; Danish labels (only in the official ESCO download, see {@code Esco.official})
 * with Danish stems. A label's parenthesised note also counts as optional ("Java (computer programming)" is found as
 * "Java"). In Danish text the shipped data finds only skills named in English (tools, programming languages,
 * standards such as SQL, SAP, AutoCAD, Python): it has no Danish skill labels. Thread-safe once built.
 */
public final class Skills {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[+#]+)?");
    private static final Pattern NOTE = Pattern.compile("\\s*\\([^)]*\\)\\s*");
    private static final int MIN_LABEL_CHARS = 3;

    private final Map<String, String> english = new HashMap<>();
    private final Map<String, String> danish = new HashMap<>();
    // Every label's leading words (stems joined by spaces, the whole label too): a search at a place of the text
    // stops as soon as its words lead to no label, instead of trying every length up to the longest label's.
    private final Set<String> englishLeads = new HashSet<>();
    private final Set<String> danishLeads = new HashSet<>();

    public Skills(Esco esco) {
        // Preferred labels first, so a preferred label wins a clash with another skill's alternative label.
        for (boolean preferred : new boolean[] {true, false}) {
            for (Skill s : esco.skills()) {
                List<String> en = preferred ? List.of(s.label()) : s.altLabels();
                List<String> da = preferred ? (s.labelDa().isEmpty() ? List.of() : List.of(s.labelDa())) : s.altLabelsDa();
                add(english, englishLeads, en, s.id(), new EnglishStemmer());
                add(danish, danishLeads, da, s.id(), new DanishStemmer());
            }
        }
    }

    private static void add(Map<String, String> byKey, Set<String> leads, List<String> labels, String id,
                            SnowballStemmer stemmer) {
        for (String label : labels) {
            for (String form : List.of(label, NOTE.matcher(label).replaceAll(" ").strip())) {
                List<String> words = words(form).stream().map(w -> stem(stemmer, w.text())).toList();
                String key = String.join(" ", words);
                if (form.strip().length() >= MIN_LABEL_CHARS) {
                    byKey.putIfAbsent(key, id);
                    var lead = new StringBuilder();
                    for (String word : words) {
                        leads.add(lead.append(lead.isEmpty() ? "" : " ").append(word).toString());
                    }
                }
            }
        }
    }

    private record Word(String text, int start, int end) {
    }

    private static List<Word> words(String text) {
        var out = new ArrayList<Word>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(new Word(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return out;
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** Every skill named in the text, in order, the longest label winning where labels overlap. */
    public List<FoundSkill> find(String text) {
        List<Word> words = words(text);
        // Snowball stemmers keep state: one pair per call keeps this thread-safe.
        var en = new EnglishStemmer();
        var da = new DanishStemmer();
        List<String> enStems = words.stream().map(w -> stem(en, w.text())).toList();
        List<String> daStems = words.stream().map(w -> stem(da, w.text())).toList();
        var out = new ArrayList<FoundSkill>();
        int i = 0;
        while (i < words.size()) {
            // The longest label starting here; at equal length an English label wins over a Danish one.
            Match inEnglish = longest(english, englishLeads, enStems, i);
            Match inDanish = danish.isEmpty() ? null : longest(danish, danishLeads, daStems, i);
            Match m = inDanish != null && (inEnglish == null || inDanish.words() > inEnglish.words()) ? inDanish : inEnglish;
            if (m != null) {
                int start = words.get(i).start();
                int end = words.get(i + m.words() - 1).end();
                out.add(new FoundSkill(m.id(), text.substring(start, end), start, end));
            }
            i += m == null ? 1 : m.words();
        }
        return out;
    }

    private record Match(String id, int words) {
    }

    private static Match longest(Map<String, String> byKey, Set<String> leads, List<String> stems, int from) {
        Match best = null;
        var key = new StringBuilder();
        for (int n = 1; from + n <= stems.size(); n++) {
            key.append(n == 1 ? "" : " ").append(stems.get(from + n - 1));
            String k = key.toString();
            if (!leads.contains(k)) {
                break;
            }
            String id = byKey.get(k);
            if (id != null) {
                best = new Match(id, n);
            }
        }
        return best;
    }

    /** The distinct ids of the skills named in the text, in the order first named. */
    public List<String> ids(String text) {
        var ids = new LinkedHashMap<String, Boolean>();
        find(text).forEach(f -> ids.putIfAbsent(f.skillId(), true));
        return List.copyOf(ids.keySet());
    }
}
