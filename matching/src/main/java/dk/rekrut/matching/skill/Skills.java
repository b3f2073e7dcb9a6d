package dk.rekrut.matching.skill;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Skill;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A skill gazetteer built from ESCO's skill labels: finds the longest label at each place of a text, word for word
 * (case and punctuation ignored). Thread-safe once built.
 */
public final class Skills {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[+#]+)?");
    private static final int MIN_LABEL_CHARS = 3;

    private final Map<String, String> byLabel = new HashMap<>();
    private final int longest;

    public Skills(Esco esco) {
        int max = 1;
        for (Skill s : esco.skills()) {
            List<String> labels = new ArrayList<>(s.altLabels());
            labels.add(0, s.label());
            for (String label : labels) {
                List<String> words = words(label).stream().map(Word::text).toList();
                String key = String.join(" ", words);
                if (key.length() >= MIN_LABEL_CHARS) {
                    byLabel.putIfAbsent(key, s.id());
                    max = Math.max(max, words.size());
                }
            }
        }
        longest = max;
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

    /** Every skill named in the text, in order, the longest label winning where labels overlap. */
    public List<FoundSkill> find(String text) {
        List<Word> words = words(text);
        var out = new ArrayList<FoundSkill>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longest, words.size() - i); n >= 1 && matched == 0; n--) {
                var key = new StringBuilder();
                for (int k = i; k < i + n; k++) {
                    key.append(k > i ? " " : "").append(words.get(k).text());
                }
                String id = byLabel.get(key.toString());
                if (id != null) {
                    int start = words.get(i).start();
                    int end = words.get(i + n - 1).end();
                    out.add(new FoundSkill(id, text.substring(start, end), start, end));
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** The distinct ids of the skills named in the text, in the order first named. */
    public List<String> ids(String text) {
        var ids = new LinkedHashMap<String, Boolean>();
        find(text).forEach(f -> ids.putIfAbsent(f.skillId(), true));
        return List.copyOf(ids.keySet());
    }
}
