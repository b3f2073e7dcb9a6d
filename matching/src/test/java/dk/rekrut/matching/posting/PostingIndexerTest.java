package dk.rekrut.matching.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.rekrut.matching.TestEngine;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostingIndexerTest {

    @TempDir
    Path tmp;

    @Test
    void indexesLivePostingsWithInferredOccupationsAndLeavesExpiredOnesOut() throws Exception {
        Path dir = tmp.resolve("index");
        var result = TestEngine.indexer().build(new StringReader(String.join("\n", TestEngine.ROSKILDE)), dir, TestEngine.TODAY);
        assertThat(result.indexed()).isEqualTo(TestEngine.ROSKILDE.size() - 1);
        assertThat(result.expired()).isEqualTo(1);
        try (var index = PostingIndex.open(dir)) {
            var searcher = index.searcher();
            assertThat(index.size()).isEqualTo(result.indexed());
            assertThat(searcher.count(new TermQuery(new Term(PostingIndex.ID, "n-expired")))).isZero();
            // "Sygeplejerske i hjemmeplejen" came without an occupation: the one ranked first for its title.
            int lejre = searcher.search(new TermQuery(new Term(PostingIndex.ID, "n-lejre")), 1).scoreDocs[0].doc;
            var doc = searcher.storedFields().document(lejre);
            assertThat(doc.get(PostingIndex.OCCUPATION_INFERRED)).isEqualTo("true");
            assertThat(doc.get(PostingIndex.OCCUPATION)).isEqualTo(TestEngine.occupations()
                .rank("Sygeplejerske i hjemmeplejen", dk.rekrut.matching.esco.Lang.DA, 1).get(0).occupation().uri());
            int roskilde = searcher.search(new TermQuery(new Term(PostingIndex.ID, "n-roskilde")), 1).scoreDocs[0].doc;
            assertThat(searcher.storedFields().document(roskilde).get(PostingIndex.OCCUPATION_INFERRED)).isEqualTo("false");
            assertThat(searcher.count(new TermQuery(new Term(PostingIndex.ISCO1, "9")))).isEqualTo(2);
        }
        assertThat(siblings()).containsExactly("index");
    }

    @Test
    void postingsMadeOnSeveralCoresAreIndexedInTheFilesOrder() throws Exception {
        // More than two batches, so batches are made while others are added.
        int n = 1_300;
        var lines = new java.util.ArrayList<String>();
        for (int i = 0; i < n; i++) {
            lines.add("{\"id\":\"p" + i + "\",\"title\":\"Tømrer " + i + "\",\"occupation\":\"" + TestEngine.NURSE + "\"}");
        }
        Path dir = tmp.resolve("index");
        assertThat(TestEngine.indexer().build(new StringReader(String.join("\n", lines)), dir, TestEngine.TODAY).indexed())
            .isEqualTo(n);
        try (var index = PostingIndex.open(dir)) {
            var stored = index.searcher().storedFields();
            for (int doc = 0; doc < n; doc++) {
                assertThat(stored.document(doc).get(PostingIndex.ID)).isEqualTo("p" + doc);
            }
        }
    }

    @Test
    void aBrokenFileLeavesTheOldIndexWorkingAndNoDebris() throws Exception {
        Path dir = tmp.resolve("index");
        TestEngine.buildRoskilde(dir);
        String broken = "{\"id\":\"new\",\"title\":\"Tømrer\"}\n{\"id\":\"bad\",\"title\":\"x\",\"postcode\":\"0000\"}\n";
        assertThatThrownBy(() -> TestEngine.indexer().build(new StringReader(broken), dir, TestEngine.TODAY))
            .isInstanceOf(PostingFileException.class).hasMessageStartingWith("line 2, field postcode");
        try (var index = PostingIndex.open(dir)) {
            assertThat(index.size()).isEqualTo(TestEngine.ROSKILDE.size() - 1);
            assertThat(index.searcher().count(new TermQuery(new Term(PostingIndex.ID, "new")))).isZero();
        }
        assertThat(siblings()).containsExactly("index");
    }

    @Test
    void aGoodFileReplacesTheIndexWhole() throws Exception {
        Path dir = tmp.resolve("index");
        TestEngine.buildRoskilde(dir);
        TestEngine.indexer().build(new StringReader("{\"id\":\"only\",\"title\":\"Tømrer\"}"), dir, TestEngine.TODAY);
        try (var index = PostingIndex.open(dir)) {
            assertThat(index.size()).isEqualTo(1);
        }
        assertThat(siblings()).containsExactly("index");
    }

    @Test
    void refusesToReplaceAFolderThatIsNotAnIndex() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(dir.resolve("letter.txt"), "keep me");
        assertThatThrownBy(() -> TestEngine.buildRoskilde(dir)).hasMessageContaining("not a postings index");
        assertThat(dir.resolve("letter.txt")).hasContent("keep me");
        assertThatThrownBy(() -> PostingIndex.open(dir)).hasMessageContaining("not a postings index");
        assertThatThrownBy(() -> PostingIndex.open(tmp.resolve("missing"))).hasMessageContaining("no postings index");
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedButMayBeReplaced() throws Exception {
        Path dir = tmp.resolve("index");
        TestEngine.buildRoskilde(dir);
        Files.writeString(dir.resolve(PostingIndex.MARKER), "format=0\n");
        assertThatThrownBy(() -> PostingIndex.open(dir)).hasMessageContaining("another format; rebuild it");
        TestEngine.buildRoskilde(dir);
        try (var index = PostingIndex.open(dir)) {
            assertThat(index.size()).isEqualTo(TestEngine.ROSKILDE.size() - 1);
        }
    }

    private java.util.List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
