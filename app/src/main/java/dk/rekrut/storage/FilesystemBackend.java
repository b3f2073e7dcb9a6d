package dk.rekrut.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One file per object under a root directory, sharded by key ({@code ab/cd/<uuid>}). A write goes to a temporary
 * file in the same directory, is forced to disk, then moved into place atomically, and the directory is forced too;
 * a reader never sees half a file. Temporary files a crash leaves behind are listed like any other object (their
 * key never has a row), so the sweeper removes them after the grace period.
 */
class FilesystemBackend implements StorageBackend {

    static final String TEMP_PREFIX = ".tmp-";

    private final Path root;

    FilesystemBackend(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public void write(String key, InputStream content, long size) throws IOException {
        Path target = resolve(key);
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) { // one stat; createDirectories alone tries mkdir and throws inside when it exists
            Files.createDirectories(dir);
        }
        Path temp = dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + UUID.randomUUID());
        try {
            long written = 0;
            try (var ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
                if (written != size) {
                    throw new IllegalArgumentException("content has " + (written > size ? "more" : "fewer")
                        + " bytes than the declared size " + size);
                }
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file store's file system cannot move files atomically", e);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
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
        try (Stream<Path> files = Files.walk(root, 3)) {
            for (var it = files.iterator(); it.hasNext(); ) {
                Path p = it.next();
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String key = root.relativize(p).toString().replace('\\', '/');
                java.time.Instant modified;
                try {
                    modified = Files.getLastModifiedTime(p).toInstant();
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // removed meanwhile (another sweeper, a rollback)
                }
                each.accept(new StoredObject(key, modified));
            }
        }
    }

    /** Keys from the database or from {@link #list}; anything that would leave the root is refused. */
    Path resolve(String key) {
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
