package dk.rekrut.redaction.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cue words of the number and identifier detectors ("konto", "pas", "cpr", "github", ...), looked up at every word
 * start in one walk for all four lists. Each list's detector used to walk all the word starts itself and compare each
 * of its own words there; a word start is now folded once and compared only with the words that start with its letter.
 * {@code CandidatesTest} checks that each list gets the positions the walk of its own found.
 */
final class CueWords {

    static final int ACCOUNT = 0;
    static final int ID = 1;
    static final int CPR = 2;
    static final int IDENTIFIER = 3;

    private static final String[][] LISTS = {
        {"reg", "konto", "bank", "account", "sort", "routing"},
        {"pas", "kørekort", "driv", "id", "national", "opholdstilladelse", "residence", "sygesikring", "social", "ssn", "ni ", "tax",
            "skattenummer", "personal"},
        {"cpr", "personnummer", "fødselsnummer", "personal"},
        // How the cue words of IdentifierDetector's CUED start.
        {"github", "gitlab", "bitbucket", "linkedin", "twitter", "x", "instagram", "facebook", "tiktok", "youtube", "behance",
            "dribbble", "skype", "kaggle", "stack", "discord", "telegram", "mastodon", "bluesky", "snapchat", "wechat", "orcid", "mit",
            "nem", "bruger", "user", "handle", "gamertag", "nick"},
    };

    /** The words by their first char (all below 256), and the list of each. */
    private static final String[][] WORDS = new String[256][];
    private static final int[][] LIST_OF = new int[256][];

    static {
        List<List<String>> words = new ArrayList<>();
        List<List<Integer>> lists = new ArrayList<>();
        for (int c = 0; c < 256; c++) {
            words.add(new ArrayList<>());
            lists.add(new ArrayList<>());
        }
        for (int l = 0; l < LISTS.length; l++) {
            for (String w : LISTS[l]) {
                words.get(w.charAt(0)).add(w);
                lists.get(w.charAt(0)).add(l);
            }
        }
        for (int c = 0; c < 256; c++) {
            WORDS[c] = words.get(c).toArray(new String[0]);
            LIST_OF[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private CueWords() {
    }

    /** The words of list {@code list}. */
    static String[] list(int list) {
        return LISTS[list].clone();
    }

    /**
     * For each list, the positions of {@code wordStarts} where a word of the list starts: the first char lower-cased
     * (ASCII by hand, else {@link Character#toLowerCase(char)}) is an ASCII letter or 'æ', 'ø', 'å', no letter stands
     * before, and a word of the list stands there, compared ignoring case ({@link String#regionMatches}).
     */
    static int[][] find(String text, int[] wordStarts) {
        int[][] out = new int[LISTS.length][8];
        int[] size = new int[LISTS.length];
        for (int i : wordStarts) {
            char ch = text.charAt(i);
            char c = ch < 128 ? (ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) : Character.toLowerCase(ch);
            if (c >= 128 && c != 'ø' && c != 'æ' && c != 'å' || i > 0 && Trigger.isLetter(text.charAt(i - 1))) {
                continue;
            }
            String[] words = WORDS[c];
            int[] lists = LIST_OF[c];
            int done = -1; // the last list found here: a list's words starting alike are adjacent
            for (int k = 0; k < words.length; k++) {
                int l = lists[k];
                if (l != done && text.regionMatches(true, i, words[k], 0, words[k].length())) {
                    if (size[l] == out[l].length) {
                        out[l] = Arrays.copyOf(out[l], 2 * size[l]);
                    }
                    out[l][size[l]++] = i;
                    done = l;
                }
            }
        }
        for (int l = 0; l < LISTS.length; l++) {
            out[l] = Arrays.copyOf(out[l], size[l]);
        }
        return out;
    }
}
