package dk.rekrut.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import dk.rekrut.shared.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The filesystem default: one file per stored file under {@code rekrut.storage.path}, sharded by id prefix,
 * written to a temporary name, forced to disk and moved into place atomically.
 */
@Service
class FilesystemFileStore implements FileStore {

    private static final Logger LOG = LoggerFactory.getLogger(FilesystemFileStore.class);

    private final Path root;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration orphanGrace;
    private final boolean fsync;

    FilesystemFileStore(@Value("${rekrut.storage.path:./data/files}") Path root, JdbcClient jdbc, Clock clock,
                        @Value("${rekrut.storage.orphan-grace:PT1H}") Duration orphanGrace,
                        @Value("${rekrut.storage.fsync:true}") boolean fsync) {
        this.fsync = fsync;
        this.root = root;
        this.jdbc = jdbc;
        this.clock = clock;
        this.orphanGrace = orphanGrace;
    }

    @Override
    public StoredFile store(String purpose, byte[] content, long size, String contentType) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("FileStore.store must run inside a transaction");
        }
        UUID id = UUID.randomUUID();
        Path target = path(id);
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(id + ".tmp");
            try (var ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(content));
                if (fsync) {
                    // On disk before the database row commits, so a committed row never points at lost bytes.
                    ch.force(false);
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store file", e);
        }
        // Registered before the row is written, so a failing insert also removes the bytes.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(target);
                }
            }
        });
        var file = new StoredFile(id, content.length, sha256(content), contentType == null ? "application/octet-stream" : contentType);
        jdbc.sql("INSERT INTO stored_file (id, purpose, size_bytes, sha256, content_type, created_at) VALUES (?, ?, ?, ?, ?, ?)")
            .params(id, purpose, file.size(), file.sha256(), file.contentType(), Time.utc(clock.instant())).update();
        return file;
    }

    @Override
    public byte[] read(UUID id) {
        try {
            return Files.readAllBytes(path(id));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read file " + id, e);
        }
    }

    @Override
    public void delete(UUID id) {
        jdbc.sql("DELETE FROM stored_file WHERE id = ?").param(id).update();
        Path p = path(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // The bytes go only if the deletion of the row commits.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(p);
                }
            });
        } else {
            deleteQuietly(p);
        }
    }

    /**
     * Removes bytes that have no row and are older than the grace period: what a crash between writing and
     * committing leaves behind. Safe on several instances at once (deleting a missing file is a no-op).
     */
    @Scheduled(fixedDelayString = "${rekrut.storage.sweep-interval:PT1H}", initialDelayString = "PT5M")
    public int sweepOrphans() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(orphanGrace);
        Set<String> known = new HashSet<>(jdbc.sql("SELECT id FROM stored_file").query((rs, n) -> rs.getString(1)).list());
        int removed = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString().replace(".tmp", "");
                if (!known.contains(name) && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    deleteQuietly(p);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warn("File sweep stopped: {}", e.getMessage());
        }
        if (removed > 0) {
            LOG.info("Removed {} orphaned files", removed);
        }
        return removed;
    }

    Path path(UUID id) {
        String s = id.toString();
        return root.resolve(s.substring(0, 2)).resolve(s);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", p.getFileName(), e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
