package dk.rekrut.matching.cli;

import dk.rekrut.matching.posting.PostingFileException;
import dk.rekrut.matching.posting.PostingIndexer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code index --out DIR FILE.jsonl|-}: builds a postings index from JSON Lines. The new index replaces DIR only when
 * complete; a bad line refuses the whole file and leaves an existing index as it was.
 */
final class IndexCommand implements Command {

    /** What the command prints: how many postings went in, how many were left out as expired, and where. */
    record Built(int indexed, int expired, String out) {
    }

    private final Supplier<PostingIndexer> indexer;

    IndexCommand(Supplier<PostingIndexer> indexer) {
        this.indexer = indexer;
    }

    @Override
    public String synopsis() {
        return "index --out DIR FILE.jsonl|-";
    }

    @Override
    public String help() {
        return """
            Builds a postings index in DIR from JSON Lines, one posting a line:
            {"id","title","text","employer","postcode","lat","lon","occupation","source","url","deadline"}
            (all but id and title optional; occupation an ESCO URI or a STAR code; deadline 2026-12-31).
            A bad line refuses the whole file, naming the line and field; DIR is replaced only by a complete index.
            Postings whose deadline has passed are left out. Prints {"indexed","expired","out"}.
              --out DIR   the index folder (created, or replaced when it holds a postings index)""";
    }

    @Override
    public void run(List<String> raw, InputStream in, PrintStream out) throws Exception {
        var args = new Args(raw, Set.of("out"), Set.of());
        String dir = args.value("out", null);
        if (dir == null) {
            throw new UsageException("--out DIR is required");
        }
        String file = args.single("FILE.jsonl or -");
        try (Reader reader = reader(file, in)) {
            var result = indexer.get().build(reader, Path.of(dir), LocalDate.now(MatchCommand.DENMARK));
            out.println(Json.write(new Built(result.indexed(), result.expired(), dir)));
        } catch (PostingFileException e) {
            throw new UsageException(("-".equals(file) ? "standard input" : file) + ": " + e.getMessage()
                + "; nothing was indexed");
        } catch (FileAlreadyExistsException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException(file + " is not UTF-8 text; nothing was indexed");
        }
    }

    private static Reader reader(String file, InputStream stdin) throws Exception {
        InputStream source;
        if ("-".equals(file)) {
            source = stdin;
        } else {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) {
                throw new UsageException("no such file: " + file);
            }
            try {
                source = Files.newInputStream(p);
            } catch (NoSuchFileException e) {
                throw new UsageException("no such file: " + file);
            }
        }
        // Malformed UTF-8 is an error, not a replacement character in someone's posting.
        return new InputStreamReader(source == null ? new ByteArrayInputStream(new byte[0]) : source,
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
