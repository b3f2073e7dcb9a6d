package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The language of a job title, from ESCO's own label words: a word counter over common words (what {@link Lang#detect}
 * does for long texts) sees no common words in "Warehouse Assistant" and guesses Danish. Here a title with æ, ø or å
 * is Danish; otherwise the words that occur only in the English labels are counted against those that occur only in
 * the Danish ones; on a tie, a long word that neither has but that ends in a Danish-only label word
 * ("trykkeri|arbejder", "museums|betjent") makes it Danish, and anything else is English.
 */
public final class TitleLanguage {

    private static final int MIN_SUFFIX = 4;
    private static final int MIN_COMPOUND = 7;

    private final Set<String> english = new HashSet<>();
    private final Set<String> danish = new HashSet<>();
    private final Set<String> danishOnly = new HashSet<>();

    public TitleLanguage(Esco esco) {
        for (Occupation o : esco.occupations()) {
            o.labels(Lang.EN).forEach(l -> english.addAll(Analysis.words(l)));
            o.labels(Lang.DA).forEach(l -> danish.addAll(Analysis.words(l)));
        }
        for (String w : danish) {
            if (w.length() >= MIN_SUFFIX && !english.contains(w)) {
                danishOnly.add(w);
            }
        }
    }

    public Lang of(String title) {
        List<String> words = Analysis.words(title);
        int en = 0;
        int da = 0;
        for (String w : words) {
            if (w.indexOf('æ') >= 0 || w.indexOf('ø') >= 0 || w.indexOf('å') >= 0) {
                return Lang.DA;
            }
            boolean inEnglish = english.contains(w);
            boolean inDanish = danish.contains(w);
            en += inEnglish && !inDanish ? 1 : 0;
            da += inDanish && !inEnglish ? 1 : 0;
        }
        if (en != da) {
            return da > en ? Lang.DA : Lang.EN;
        }
        return words.stream().anyMatch(this::danishCompound) ? Lang.DA : Lang.EN;
    }

    private boolean danishCompound(String w) {
        if (w.length() < MIN_COMPOUND || english.contains(w) || danish.contains(w)) {
            return false;
        }
        for (int i = 3; i <= w.length() - MIN_SUFFIX; i++) {
            if (danishOnly.contains(w.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
