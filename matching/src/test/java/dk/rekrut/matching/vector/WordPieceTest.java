package dk.rekrut.matching.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPieceTest {

    private static Map<String, Integer> vocab(String... tokens) {
        var v = new HashMap<String, Integer>();
        for (String t : List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]")) {
            v.put(t, v.size());
        }
        for (String t : tokens) {
            v.put(t, v.size());
        }
        return v;
    }

    private static final WordPiece UNCASED = new WordPiece(
        vocab("un", "##aff", "##able", "cafe", "sygeplejerske", "social", "##rad", "##giver", ",", "!", "-", "a", "##b"),
        true, true, "##", "[UNK]");

    @Test
    void splitsAWordIntoTheLongestKnownPiecesFirstAsBertDoes() {
        assertThat(UNCASED.tokens("unaffable")).containsExactly("un", "##aff", "##able");
        assertThat(UNCASED.tokens("Socialrådgiver")).containsExactly("social", "##rad", "##giver");
    }

    @Test
    void aWordWithNoSplitIntoKnownPiecesIsOneUnknownToken() {
        assertThat(UNCASED.tokens("unaffxyz sygeplejerske")).containsExactly("[UNK]", "sygeplejerske");
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuationWhenUncased() {
        assertThat(UNCASED.tokens("  Café,\tSYGEPLEJERSKE!\u0000 un-aff")).containsExactly(
            "cafe", ",", "sygeplejerske", "!", "un", "-", "[UNK]");
    }

    @Test
    void aCasedVocabularyKeepsCaseAndAccents() {
        var cased = new WordPiece(vocab("Café", "cafe"), false, false, "##", "[UNK]");
        assertThat(cased.tokens("Café cafe CAFE")).containsExactly("Café", "cafe", "[UNK]");
    }

    @Test
    void idsAreFramedByClsAndSep() {
        assertThat(UNCASED.ids("unaffable")).containsExactly(2, 4, 5, 6, 3);
        assertThat(UNCASED.ids("")).containsExactly(2, 3);
    }

    @Test
    void readsTheWordPieceVocabularyAndCasingOfATokenizerJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, """
            {"normalizer":{"type":"BertNormalizer","lowercase":false,"strip_accents":null},
             "model":{"type":"WordPiece","unk_token":"[UNK]","continuing_subword_prefix":"##",
                      "vocab":{"[PAD]":0,"[UNK]":1,"[CLS]":2,"[SEP]":3,"Nurse":4,"##s":5}}}""");
        WordPiece t = WordPiece.fromTokenizerJson(file, null);
        assertThat(t.tokens("Nurses nurse")).containsExactly("Nurse", "##s", "[UNK]");
        assertThat(t.ids("Nurse")).containsExactly(2, 4, 3);
    }

    @Test
    void refusesATokenizerJsonThatIsNotWordPieceByName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokenizer.json");
        Files.writeString(file, """
            {"model":{"type":"Unigram","vocab":[["<s>",0.0]]}}""");
        assertThatThrownBy(() -> WordPiece.fromTokenizerJson(file, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unigram, not WordPiece");
    }
}
