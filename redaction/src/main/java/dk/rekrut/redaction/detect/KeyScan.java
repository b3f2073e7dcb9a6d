package dk.rekrut.redaction.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the keys of several fixed lists occur in a lower-cased text, found in one pass for all of them. The detectors
 * that try their patterns only near a key ({@link IndirectSpecialCategories}, {@link PersonalStatements},
 * {@link WrittenAge}, {@link GreetingTitleName}, {@link AffiliationStatements}) each searched the whole text once per
 * key, about 150 scans of every text; {@link Detector#detect} now makes one {@link Hits} per text and hands it to all of them.
 * <p>
 * The occurrences are those of the loop they replace, {@code for (i = lower.indexOf(key); i >= 0; i =
 * lower.indexOf(key, i + key.length()))}: in order, and an occurrence that overlaps the one before of the same key is
 * skipped. A list that was not given to the scan is searched that way ({@link Hits#each}), so a list added later
 * still works, only without the saving.
 */
final class KeyScan {

    /** What a hit of a key is handed to. */
    interface Hit {
        void at(int index);
    }

    private final String[][] lists;
    /** Every key of every list, by its id: the lists' keys one after the other. */
    private final String[] keys;
    /** The first id of each list's keys. */
    private final int[] firstId;
    /** The keys' characters, by id. */
    private final char[][] chars;
    /**
     * The ids of the keys by their first two characters, {@code first << 8 | second} (the first ASCII, the second below
     * 256): one array lookup per character of the text, nearly always null, and only the keys that can start there are
     * compared. By the first character alone, common pairs ("ch", "ti", "fa") compared a dozen keys each.
     */
    private final int[][] byPair = new int[128 * 256][];
    /** The ids of the keys of one character, or with a second beyond 255, by their first character. */
    private final int[][] byFirst = new int[128][];

    KeyScan(String[]... lists) {
        this.lists = lists.clone();
        this.firstId = new int[lists.length];
        List<String> all = new ArrayList<>();
        for (int l = 0; l < lists.length; l++) {
            firstId[l] = all.size();
            all.addAll(List.of(lists[l]));
        }
        this.keys = all.toArray(new String[0]);
        for (String k : keys) {
            if (k.isEmpty() || k.charAt(0) >= 128) {
                throw new IllegalArgumentException("a key must start with an ASCII character: " + k);
            }
        }
        this.chars = new char[keys.length][];
        for (int id = 0; id < keys.length; id++) {
            chars[id] = keys[id].toCharArray();
            char c = keys[id].charAt(0);
            if (keys[id].length() == 1 || keys[id].charAt(1) >= 256) {
                byFirst[c] = append(byFirst[c], id);
            } else {
                int pair = c << 8 | keys[id].charAt(1);
                byPair[pair] = append(byPair[pair], id);
            }
        }
    }

    private static int[] append(int[] a, int value) {
        if (a == null) {
            return new int[] {value};
        }
        int[] out = Arrays.copyOf(a, a.length + 1);
        out[a.length] = value;
        return out;
    }

    /** The occurrences of every key in {@code lower} (the text as {@link Trigger#lower} makes it). */
    Hits find(String lower) {
        int[][] at = new int[keys.length][];
        int[] count = new int[keys.length];
        int[] next = new int[keys.length]; // where the next occurrence of a key may start: after the one before
        char[] text = lower.toCharArray(); // read once per character: cheaper than charAt
        int n = text.length;
        for (int i = 0; i < n; i++) {
            char c = text[i];
            if (c >= 128) {
                continue;
            }
            int second = i + 1 < n ? text[i + 1] : 256;
            if (second < 256 && byPair[c << 8 | second] != null) {
                hits(byPair[c << 8 | second], text, i, at, count, next);
            }
            if (byFirst[c] != null) {
                hits(byFirst[c], text, i, at, count, next);
            }
        }
        return new Hits(lower, at, count);
    }

    /** Records each key of {@code ids} that stands at {@code i} and does not overlap the occurrence before of the same key. */
    private void hits(int[] ids, char[] text, int i, int[][] at, int[] count, int[] next) {
        for (int id : ids) {
            if (i >= next[id] && startsWith(text, i, chars[id])) {
                at[id] = at[id] == null ? new int[4] : count[id] == at[id].length ? Arrays.copyOf(at[id], 2 * count[id]) : at[id];
                at[id][count[id]++] = i;
                next[id] = i + chars[id].length;
            }
        }
    }

    private static boolean startsWith(char[] text, int i, char[] key) {
        if (i + key.length > text.length) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (text[i + k] != key[k]) {
                return false;
            }
        }
        return true;
    }

    /** The occurrences of the keys in one text. */
    final class Hits {
        private final String lower;
        private final int[][] at;
        private final int[] count;

        private Hits(String lower, int[][] at, int[] count) {
            this.lower = lower;
            this.at = at;
            this.count = count;
        }

        /** Each occurrence of each key of {@code list}, key by key in the list's order, each key's in the text's order. */
        void each(String[] list, Hit hit) {
            int l = indexOf(list);
            for (int k = 0; k < list.length; k++) {
                if (l < 0) {
                    String key = list[k];
                    for (int i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length())) {
                        hit.at(i);
                    }
                    continue;
                }
                int id = firstId[l] + k;
                for (int j = 0; j < count[id]; j++) {
                    hit.at(at[id][j]);
                }
            }
        }

        /** Windows of {@code before}/{@code after} characters around each occurrence of a key of {@code list}, merged. */
        List<int[]> windows(String[] list, int before, int after) {
            List<int[]> windows = new ArrayList<>();
            int length = lower.length();
            each(list, i -> windows.add(new int[] {Math.max(0, i - before), Math.min(length, i + after)}));
            return windows.isEmpty() ? windows : Trigger.merge(windows);
        }

        private int indexOf(String[] list) {
            for (int l = 0; l < lists.length; l++) {
                if (lists[l] == list) {
                    return l;
                }
            }
            return -1;
        }
    }
}
