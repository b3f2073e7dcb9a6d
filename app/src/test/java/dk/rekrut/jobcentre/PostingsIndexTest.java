package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.support.RekrutTest;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bridge from the harvested postings to the engine's index: a harvest that changes postings raises the
 * database's generation and the next refresh rebuilds; a refresh without a change does nothing; values the engine
 * would refuse for the whole file (a postcode it does not know, an occupation that is not in its data) are left out of
 * that posting only, so one odd entry never keeps the others out of the index.
 */
@RekrutTest
class PostingsIndexTest {

    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired PostingsIndex index;
    @Autowired JdbcClient jdbc;

    @Test
    void aHarvestRebuildsTheIndexAndOddValuesAreLeftOutPerPosting() throws Exception {
        String tag = "i" + UUID.randomUUID().toString().substring(0, 8);
        index.refresh();
        long before = index.generation();
        assertThat(index.refresh()).as("nothing changed").isFalse();

        String lines = String.join("\n",
            "{\"id\":\"ok\",\"title\":\"Tømrer\",\"employer\":\"Træ " + tag + "\",\"postcode\":\"8000\"}",
            "{\"id\":\"pc\",\"title\":\"Murer\",\"employer\":\"Sten " + tag + "\",\"postcode\":\"0001\"}",
            "{\"id\":\"occ\",\"title\":\"Elektriker\",\"employer\":\"Strøm " + tag + "\",\"postcode\":\"5000\","
                + "\"occupation\":\"http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000\"}");
        var source = sources.create(new Sources.Form("Indekstest " + tag, SourceKind.UPLOAD, null, 60, true));
        sources.upload(source.id(), "jobs.jsonl", lines.getBytes(StandardCharsets.UTF_8));
        assertThat(harvester.harvest(source.id()).run().orElseThrow().created()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT generation FROM jobcentre_index_generation").query(Long.class).single())
            .isGreaterThan(before);

        assertThat(index.refresh()).as("the harvest changed postings").isTrue();
        assertThat(index.generation()).isGreaterThan(before);
        try (var reader = DirectoryReader.open(FSDirectory.open(index.directory()))) {
            var searcher = new IndexSearcher(reader);
            for (String id : new String[] {"ok", "pc", "occ"}) {
                UUID posting = jdbc.sql("SELECT posting_id FROM jobcentre_posting_source WHERE source_id = ? AND external_id = ?")
                    .params(source.id(), id).query(UUID.class).single();
                assertThat(searcher.count(new TermQuery(new Term(PostingIndex.ID, posting.toString())))).as(id).isEqualTo(1);
            }
        }
        // Harvesting the same file again changes nothing: no rebuild.
        harvester.harvest(source.id());
        assertThat(index.refresh()).isFalse();
        assertThat(index.refreshNow()).as("up to date: nothing to wait for").isFalse();
    }

    @Test
    void refreshNowLeavesTheIndexAtTheDatabasesGeneration() {
        String tag = "n" + UUID.randomUUID().toString().substring(0, 8);
        var source = sources.create(new Sources.Form("Indekstest " + tag, SourceKind.UPLOAD, null, 60, true));
        sources.upload(source.id(), "jobs.jsonl",
            ("{\"id\":\"a\",\"title\":\"Tømrer\",\"employer\":\"Træ " + tag + "\",\"postcode\":\"8000\"}")
                .getBytes(StandardCharsets.UTF_8));
        harvester.harvest(source.id());
        index.refreshNow();
        assertThat(index.generation())
            .isEqualTo(jdbc.sql("SELECT generation FROM jobcentre_index_generation").query(Long.class).single());
    }
}
