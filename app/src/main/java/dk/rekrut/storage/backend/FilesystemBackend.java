package dk.rekrut.storage.backend;

import com.sun.nio.file.ExtendedOpenOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file per object under a root directory, sharded by key ({@link StorageKeys}). A write creates the file under
 * its final name, forces it to disk, then forces its directory (and, for a new shard directory, the directories
 * above), so the object is durable before the caller commits the row that names it.
 *
 * <p>No temporary file and rename: nobody reads an object before the {@code stored_file} row with its key is
 * committed, and that happens only after this write returned. A write that fails removes its file; one that a crash
 * interrupts leaves a file without a row, which the sweeper removes after its grace period. Writing in place saves a
 * journal commit per file on ext4 and XFS: the file's fsync commits its directory entry with it, so the directory's
 * fsync that follows only flushes.
 */
public class FilesystemBackend implements StorageBackend {

    /** Temporary files of the previous write scheme; the sweeper still removes any left behind. */
    public static final String TEMP_PREFIX = ".tmp-";

    private static final Logger LOG = LoggerFactory.getLogger(FilesystemBackend.class);
    /** Alignment of direct writes in memory, in the file and in length: a multiple of every block size in use. */
    private static final int ALIGN = 64 * 1024;
    private static final int DIRECT_CHUNK = 16 * ALIGN;
    /** Reused aligned buffers (about as many as files are written at once), so none is allocated per file. */
    private static final Queue<ByteBuffer> DIRECT_BUFFERS = new ConcurrentLinkedQueue<>();
    private static final int KEEP_BUFFERS = 16;

    private final Path root;
    /**
     * Whether to bypass the page cache (O_DIRECT, {@code rekrut.storage.direct-io}, on by default); switched off
     * for good when the file system refuses it.
     */
    private volatile boolean directIo;

    public FilesystemBackend(Path root) {
        this(root, false);
    }

    public FilesystemBackend(Path root, boolean directIo) {
        this.root = root.toAbsolutePath().normalize();
        this.directIo = directIo;
    }

    public Path root() {
        return root;
    }

    @Override
    public void write(String key, InputStream content, long size) throws IOException {
        Path target = resolve(key);
        Path dir = target.getParent();
        boolean newDirectory = !Files.isDirectory(dir); // one stat; createDirectories alone throws inside when it exists
        if (newDirectory) {
            Files.createDirectories(dir);
        }
        boolean written = false;
        try {
            if (directIo && size > 0) {
                writeDirect(target, content, size);
            } else {
                writeThroughPageCache(target, content, size);
            }
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(target);
            }
        }
        forceDirectory(dir);
        if (newDirectory) { // the new shard directories' own entries
            for (Path d = dir.getParent(); d != null && d.startsWith(root); d = d.getParent()) {
                forceDirectory(d);
            }
        }
    }

    /**
     * Writes without the page cache: whole aligned chunks from a reused direct buffer, and the unaligned tail (less
     * than {@link #ALIGN} bytes) through the page cache on a second channel, so the file never needs cutting to size
     * (an {@code ftruncate} cost a journal update and a wait per file). Saves the kernel's copy into, and allocation
     * of, a megabyte of page cache per file; the write waits for the device instead. A file system that refuses
     * O_DIRECT (tmpfs, some overlays) gets the ordinary write from then on.
     */
    private void writeDirect(Path target, InputStream content, long size) throws IOException {
        FileChannel ch;
        try {
            ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                ExtendedOpenOption.DIRECT);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(target); // the key is new: whatever is there, this open created
            LOG.warn("The file store's file system refuses direct I/O ({}); writing through the page cache",
                e.getClass().getSimpleName());
            directIo = false;
            writeThroughPageCache(target, content, size);
            return;
        }
        ByteBuffer buffer = DIRECT_BUFFERS.poll();
        if (buffer == null) {
            buffer = ByteBuffer.allocateDirect(DIRECT_CHUNK + ALIGN).alignedSlice(ALIGN);
        }
        try (ch) {
            byte[] heap = new byte[64 * 1024];
            long written = 0;
            while (true) {
                buffer.clear();
                boolean end = false;
                while (buffer.hasRemaining()) {
                    int n = content.read(heap, 0, Math.min(heap.length, buffer.remaining()));
                    if (n <= 0) {
                        end = true;
                        break;
                    }
                    buffer.put(heap, 0, n);
                }
                int filled = buffer.position();
                if (written + filled > size || end && written + filled < size) {
                    requireDeclaredSize(written + filled, size); // throws: more or fewer bytes than declared
                }
                int aligned = end ? filled / ALIGN * ALIGN : filled;
                buffer.flip().limit(aligned);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                written += aligned;
                if (end) {
                    if (filled > aligned) {
                        writeTail(target, buffer.limit(filled).position(aligned), written);
                    } else {
                        ch.force(true);
                    }
                    return;
                }
            }
        } finally {
            if (DIRECT_BUFFERS.size() < KEEP_BUFFERS) {
                DIRECT_BUFFERS.offer(buffer);
            }
        }
    }

    /** The last, unaligned bytes through the page cache; forcing this channel forces the whole file. */
    private static void writeTail(Path target, ByteBuffer tail, long position) throws IOException {
        try (var ch = FileChannel.open(target, StandardOpenOption.WRITE)) {
            while (tail.hasRemaining()) {
                position += ch.write(tail, position);
            }
            ch.force(true);
        }
    }

    private static void writeThroughPageCache(Path target, InputStream content, long size) throws IOException {
        try (var ch = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            copy(content, ch, size);
            ch.force(true);
        }
    }

    private static void requireDeclaredSize(long written, long size) {
        if (written != size) {
            throw new IllegalArgumentException("content has " + (written > size ? "more" : "fewer")
                + " bytes than the declared size " + size);
        }
    }

    private static void copy(InputStream content, FileChannel ch, long size) throws IOException {
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = content.read(buffer)) > 0) {
            written += n;
            if (written > size) {
                break;
            }
            ByteBuffer bb = ByteBuffer.wrap(buffer, 0, n);
            while (bb.hasRemaining()) {
                ch.write(bb);
            }
        }
        requireDeclaredSize(written, size);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    @Override
    public void list(Consumer<StoredObject> each) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root, 3)) { // abc/<uuid>, and ab/cd/<uuid> from before
            for (var it = files.iterator(); it.hasNext(); ) {
                Path p = it.next();
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String key = root.relativize(p).toString().replace('\\', '/');
                Instant modified;
                try {
                    modified = Files.getLastModifiedTime(p).toInstant();
                } catch (NoSuchFileException gone) {
                    continue; // removed meanwhile (another sweeper, a rollback)
                }
                each.accept(new StoredObject(key, modified));
            }
        }
    }

    /** Keys from the database or from {@link #list}; anything that would leave the root is refused. */
    public Path resolve(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("invalid storage key");
        }
        return p;
    }

    private static void forceDirectory(Path dir) {
        // Makes the rename durable on Linux; some platforms cannot open a directory, which is harmless there.
        try (var ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
