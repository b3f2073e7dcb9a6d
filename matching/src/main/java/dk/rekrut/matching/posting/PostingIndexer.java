package dk.rekrut.matching.posting;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Place;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.occupation.RankedOccupation;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Builds a postings index on disk from JSON Lines. The index is written into a new folder beside the target and put
 * in its place by renames only once it is complete, so a broken file or a crash leaves an existing index as it
 * was. Postings whose deadline has passed are not indexed. A posting without an occupation gets the one
 * {@link Occupations#rank} finds for its title, or for its text when the title gives none.
 */
public final class PostingIndexer {

    /** What a build did: postings indexed, and those left out because their deadline had passed. */
    public record Result(int indexed, int expired) {
    }

    private final Esco esco;
    private final Occupations occupations;
    private final Skills skills;
    private final PostingReader reader;
    private final Map<String, List<RankedOccupation>> titles = new ConcurrentHashMap<>();
    private static final int TITLES_KEPT = 20_000;
    /** Postings made into documents at a time. */
    private static final int BATCH = 512;

    public PostingIndexer(Esco esco, Occupations occupations, Skills skills, PostingReader reader) {
        this.esco = esco;
        this.occupations = occupations;
        this.skills = skills;
        this.reader = reader;
    }

    /** Analyzers per field; shared with the matcher so a query is analysed as the postings were. */
    public static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
            Map.of(PostingIndex.TEXT_DA, new DanishAnalyzer(), PostingIndex.TEXT_EN, new EnglishAnalyzer()));
    }

    /**
     * Reads the postings and builds the index at {@code out}, replacing an index there only when the new one is
     * complete. Throws {@link PostingFileException} for a bad line (the old index stays), and refuses to replace a
     * folder that is not a postings index.
     */
    public Result build(Reader postings, Path out, LocalDate today) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException("no folder " + parent + " to put the index in");
        }
        checkReplaceable(target);
        Path building = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
        try {
            Result result = write(postings, building, today);
            Files.writeString(building.resolve(PostingIndex.MARKER), "format=" + PostingIndex.FORMAT + "\nbuilt="
                + Instant.now() + "\nindexed=" + result.indexed() + "\nexpired=" + result.expired() + "\n");
            swap(building, target);
            return result;
        } finally {
            deleteTree(building);
        }
    }

    /**
     * Documents are made in batches on all cores (finding skills, the language and a missing occupation is most of
     * the work) and added in the file's order, so the index is the same whatever the number of cores. While one
     * batch is made, the previous one is added and the next one read.
     */
    private Result write(Reader postings, Path dir, LocalDate today) throws IOException {
        var config = new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(64);
        int[] counts = new int[2];
        try (var directory = FSDirectory.open(dir); var writer = new IndexWriter(directory, config);
             var pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors())) {
            var batch = new ArrayList<Posting>(BATCH);
            @SuppressWarnings("unchecked")
            CompletableFuture<List<Document>>[] making = new CompletableFuture[] {CompletableFuture.completedFuture(List.of())};
            reader.read(postings, p -> {
                if (p.expired(today)) {
                    counts[1]++;
                    return;
                }
                batch.add(p);
                counts[0]++;
                if (batch.size() == BATCH) {
                    making[0] = next(writer, pool, making[0], List.copyOf(batch));
                    batch.clear();
                }
            });
            add(writer, next(writer, pool, making[0], List.copyOf(batch)).join());
            writer.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Result(counts[0], counts[1]);
    }

    /** Adds the batch being made once it is done, and starts making the next one. */
    private CompletableFuture<List<Document>> next(IndexWriter writer, ForkJoinPool pool,
                                                   CompletableFuture<List<Document>> making, List<Posting> batch) {
        CompletableFuture<List<Document>> started = CompletableFuture.supplyAsync(
            () -> batch.parallelStream().map(this::document).toList(), pool);
        add(writer, making.join());
        return started;
    }

    private static void add(IndexWriter writer, List<Document> documents) {
        try {
            for (Document d : documents) {
                writer.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Document document(Posting p) {
        var d = new Document();
        // Doc values beside the stored fields: the matcher reads its candidates' id, occupation, skills and place
        // from them, which is much cheaper than decompressing stored documents.
        d.add(new StringField(PostingIndex.ID, p.id(), Field.Store.YES));
        d.add(new BinaryDocValuesField(PostingIndex.ID, new BytesRef(p.id())));
        d.add(new StoredField(PostingIndex.TITLE, p.title()));
        d.add(new StoredField(PostingIndex.EMPLOYER, p.employer()));
        d.add(new StoredField(PostingIndex.POSTCODE, p.postcode()));
        d.add(new StoredField(PostingIndex.URL, p.url()));
        p.sources().forEach(s -> d.add(new StoredField(PostingIndex.SOURCE, s)));
        String body = p.title() + "\n" + p.text();
        Lang lang = Lang.detect(body);
        d.add(new StoredField(PostingIndex.LANG, lang.code()));
        d.add(new TextField(lang == Lang.DA ? PostingIndex.TEXT_DA : PostingIndex.TEXT_EN, body, Field.Store.NO));
        boolean inferred = p.occupation().isEmpty();
        Occupation occupation = inferred ? infer(p, lang) : esco.occupation(p.occupation()).orElse(null);
        if (occupation != null) {
            d.add(new StringField(PostingIndex.OCCUPATION, occupation.uri(), Field.Store.YES));
            d.add(new SortedDocValuesField(PostingIndex.OCCUPATION, new BytesRef(occupation.uri())));
            d.add(new StoredField(PostingIndex.OCCUPATION_INFERRED, inferred ? "true" : "false"));
            String isco = occupation.isco();
            for (int level = 4; level >= 1; level--) {
                if (isco.length() >= level) {
                    d.add(new StringField("isco" + level, isco.substring(0, level), Field.Store.NO));
                }
            }
        }
        for (String skill : skills.ids(body)) {
            d.add(new StringField(PostingIndex.SKILL, skill, Field.Store.YES));
            d.add(new SortedSetDocValuesField(PostingIndex.SKILL, new BytesRef(skill)));
        }
        p.place().ifPresent(place -> addPlace(d, place));
        long deadline = p.deadline().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        d.add(new LongPoint(PostingIndex.DEADLINE, deadline));
        p.deadline().ifPresent(day -> d.add(new StoredField(PostingIndex.DEADLINE, day.toString())));
        return d;
    }

    private Occupation infer(Posting p, Lang lang) {
        List<RankedOccupation> ranked = byTitle(p.title(), lang);
        if (ranked.isEmpty()) {
            ranked = occupations.rank(p.text(), lang, 1);
        }
        return ranked.isEmpty() ? null : ranked.get(0).occupation();
    }

    /**
     * The best occupation for a title, remembered: postings repeat their titles ("Sygeplejerske", "Pædagog"), and
     * ranking one costs a few ms, most of the cost of indexing a posting without an occupation.
     */
    private List<RankedOccupation> byTitle(String title, Lang lang) {
        if (titles.size() >= TITLES_KEPT) {
            titles.clear();
        }
        return titles.computeIfAbsent(lang.code() + ":" + title, k -> occupations.rank(title, lang, 1));
    }

    private static void addPlace(Document d, Place place) {
        d.add(new LatLonPoint(PostingIndex.LOCATION, place.lat(), place.lon()));
        d.add(new LatLonDocValuesField(PostingIndex.LOCATION, place.lat(), place.lon()));
        d.add(new StoredField(PostingIndex.LAT, place.lat()));
        d.add(new StoredField(PostingIndex.LON, place.lon()));
    }

    /** An existing target must be a postings index or an empty folder: never replace anything else. */
    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target + " exists and is not a folder");
        }
        if (!Files.isRegularFile(target.resolve(PostingIndex.MARKER))) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(target + " is a folder that is not a postings index; not replacing it");
                }
            }
        }
    }

    /**
     * Puts the finished index in the target's place. Java has no atomic exchange of two folders, so an existing
     * index is first renamed aside, then the new one renamed in (both renames within one folder are atomic); if the
     * second fails the old one is put back. Searchers that have the old index open keep reading its files.
     */
    private static void swap(Path building, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
