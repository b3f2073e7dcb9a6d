package dk.rekrut.matching.vector;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * BERT's tokenizer in plain Java, as the sentence-transformer models that ship a WordPiece vocabulary expect it: the
 * basic step (control characters dropped, CJK characters and punctuation split off, optional lower-casing and accent
 * stripping) and then greedy longest-match-first WordPiece ({@code unaffable} → {@code un ##aff ##able}), a word with
 * no split into known pieces becoming {@code [UNK]}. The vocabulary is a {@code vocab.txt} (one token a line, the line
 * number its id) or the {@code model.vocab} of a {@code tokenizer.json} whose model is WordPiece.
 */
public final class WordPiece {

    /** BERT's limit: a longer word is unknown rather than split. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;
    private final boolean lowerCase;
    private final boolean stripAccents;
    private final String prefix;
    private final int unk;
    private final String unkToken;
    private final int cls;
    private final int sep;
    private final int pad;

    public WordPiece(Map<String, Integer> vocab, boolean lowerCase, boolean stripAccents, String continuationPrefix,
                     String unkToken) {
        this.vocab = Map.copyOf(vocab);
        this.lowerCase = lowerCase;
        this.stripAccents = stripAccents;
        this.prefix = continuationPrefix;
        this.unk = required(unkToken);
        this.unkToken = unkToken;
        this.cls = required("[CLS]");
        this.sep = required("[SEP]");
        this.pad = vocab.getOrDefault("[PAD]", 0);
    }

    private int required(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary lacks " + token + " (not a BERT-style WordPiece vocabulary)");
        }
        return id;
    }

    /** A {@code vocab.txt}: one token a line, ids from 0. */
    public static WordPiece fromVocabTxt(Path file, boolean lowerCase, boolean stripAccents) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        var vocab = new HashMap<String, Integer>();
        for (int i = 0; i < lines.size(); i++) {
            vocab.putIfAbsent(lines.get(i).strip(), i);
        }
        return new WordPiece(vocab, lowerCase, stripAccents, "##", "[UNK]");
    }

    /**
     * A Hugging Face {@code tokenizer.json}: its WordPiece vocabulary, continuation prefix and unknown token, and the
     * BERT normaliser's lower-casing and accent stripping unless {@code lowerCase} overrides them (null: as the file
     * says). Other models (SentencePiece Unigram, BPE) are refused by name.
     */
    public static WordPiece fromTokenizerJson(Path file, Boolean lowerCase) throws IOException {
        JsonNode root = JsonMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8));
        JsonNode model = root.path("model");
        String type = model.path("type").asString("");
        if (!type.equals("WordPiece")) {
            throw new IllegalArgumentException(file + ": the tokenizer model is " + (type.isEmpty() ? "unnamed" : type)
                + ", not WordPiece; supply a BERT-style model with a WordPiece vocabulary");
        }
        var vocab = new HashMap<String, Integer>();
        for (var e : model.path("vocab").properties()) {
            vocab.put(e.getKey(), e.getValue().asInt());
        }
        JsonNode norm = root.path("normalizer");
        boolean lower = lowerCase != null ? lowerCase : norm.path("lowercase").asBoolean(true);
        JsonNode strip = norm.path("strip_accents");
        // BERT strips accents when it lower-cases, unless the file says otherwise.
        boolean accents = lowerCase != null || strip.isNull() || strip.isMissingNode() ? lower : strip.asBoolean();
        return new WordPiece(vocab, lower, accents, model.path("continuing_subword_prefix").asString("##"),
            model.path("unk_token").asString("[UNK]"));
    }

    public int size() {
        return vocab.size();
    }

    public int pad() {
        return pad;
    }

    /** The token ids of the text framed as BERT frames one sentence, {@code [CLS] … [SEP]}. */
    public int[] ids(String text) {
        List<String> pieces = tokens(text);
        int[] out = new int[pieces.size() + 2];
        out[0] = cls;
        for (int i = 0; i < pieces.size(); i++) {
            out[i + 1] = vocab.getOrDefault(pieces.get(i), unk);
        }
        out[out.length - 1] = sep;
        return out;
    }

    /** The ids of the text's tokens without the frame. */
    int[] bareIds(String text) {
        int[] framed = ids(text);
        return java.util.Arrays.copyOfRange(framed, 1, framed.length - 1);
    }

    int cls() {
        return cls;
    }

    int sep() {
        return sep;
    }

    /** The text's WordPiece tokens ({@code [UNK]} for a word with no split into known pieces). */
    public List<String> tokens(String text) {
        var out = new ArrayList<String>();
        for (String word : basic(text)) {
            wordPieces(word, out);
        }
        return out;
    }

    /** BERT's basic tokenizer: cleaned, split on white space and around punctuation and CJK characters. */
    List<String> basic(String text) {
        var spaced = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (c == 0 || c == 0xFFFD || (isControl(c) && !Character.isWhitespace(c))) {
                return;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                spaced.append(' ');
            } else if (isCjk(c)) {
                spaced.append(' ').appendCodePoint(c).append(' ');
            } else {
                spaced.appendCodePoint(c);
            }
        });
        var out = new ArrayList<String>();
        for (String word : spaced.toString().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = lowerCase ? word.toLowerCase(java.util.Locale.ROOT) : word;
            if (stripAccents) {
                w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
            }
            splitPunctuation(w, out);
        }
        return out;
    }

    private static void splitPunctuation(String word, List<String> out) {
        var current = new StringBuilder();
        word.codePoints().forEach(c -> {
            if (isPunctuation(c)) {
                if (!current.isEmpty()) {
                    out.add(current.toString());
                    current.setLength(0);
                }
                out.add(Character.toString(c));
            } else {
                current.appendCodePoint(c);
            }
        });
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
    }

    private void wordPieces(String word, List<String> out) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out.add(unkToken);
            return;
        }
        var pieces = new ArrayList<String>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            String found = null;
            while (start < end) {
                String piece = (start > 0 ? prefix : "") + word.substring(start, end);
                if (vocab.containsKey(piece)) {
                    found = piece;
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                out.add(unkToken);
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    private static boolean isControl(int c) {
        int t = Character.getType(c);
        return t == Character.CONTROL || t == Character.FORMAT;
    }

    // BERT counts all non-letter, non-digit ASCII as punctuation ("$", "^", "`"), and Unicode's punctuation classes.
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
            || (c >= 0x2A700 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
