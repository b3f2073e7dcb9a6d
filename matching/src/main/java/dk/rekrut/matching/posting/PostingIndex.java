package dk.rekrut.matching.posting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * A postings index on disk, opened for searching. Built by {@link PostingIndexer}; the field names below are the
 * contract between the two. Thread-safe: one instance serves every request.
 */
public final class PostingIndex implements AutoCloseable {

    /** Written last into a finished index: marks the folder as one (so a rebuild may replace it) and dates it. */
    static final String MARKER = "rekrut-postings.properties";
    /** The layout of the fields below; an index of another format is refused (rebuild it with {@code index}). */
    static final String FORMAT = "1";

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String EMPLOYER = "employer";
    public static final String POSTCODE = "postcode";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String LANG = "lang";
    /** Title and text, analysed with the posting's language's analyzer: {@code text_da} or {@code text_en}. */
    public static final String TEXT_DA = "text_da";
    public static final String TEXT_EN = "text_en";
    /** The ESCO occupation URI (given or inferred; also doc values) and its ISCO-08 groups at levels 4, 3, 2 and 1. */
    public static final String OCCUPATION = "occupation";
    public static final String OCCUPATION_INFERRED = "occupation_inferred";
    public static final String ISCO4 = "isco4";
    public static final String ISCO3 = "isco3";
    public static final String ISCO2 = "isco2";
    public static final String ISCO1 = "isco1";
    /** Skill ids found in the title and text (terms and sorted-set doc values). */
    public static final String SKILL = "skill";
    /** The workplace: a point for the distance filter, doc values for distance ranking, stored lat/lon to print. */
    public static final String LOCATION = "location";
    public static final String LAT = "lat";
    public static final String LON = "lon";
    /** The last day to apply as an epoch day; postings without one carry {@link Long#MAX_VALUE}. */
    public static final String DEADLINE = "deadline";

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private PostingIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens a finished index; a folder that is missing or not a postings index is refused with a message. */
    public static PostingIndex open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no postings index at " + dir);
        }
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new IllegalArgumentException(dir + " is not a postings index (build one with: index --out DIR FILE.jsonl)");
        }
        var marker = new java.util.Properties();
        try (var in = Files.newBufferedReader(dir.resolve(MARKER))) {
            marker.load(in);
        }
        if (!FORMAT.equals(marker.getProperty("format"))) {
            throw new IllegalArgumentException(dir + " holds a postings index of another format; rebuild it with: index --out DIR FILE.jsonl");
        }
        return new PostingIndex(DirectoryReader.open(FSDirectory.open(dir)));
    }

    public IndexSearcher searcher() {
        return searcher;
    }

    public int size() {
        return reader.numDocs();
    }

    /** The postings whose deadline is today or later, or that have none: expired ones leave the index at their deadline. */
    public static Query live(LocalDate today) {
        return LongPoint.newRangeQuery(DEADLINE, today.toEpochDay(), Long.MAX_VALUE);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
