package dk.rekrut.storage;

import dk.rekrut.storage.backend.StorageBackend;
import dk.rekrut.storage.backend.StorageKeys;
import dk.rekrut.storage.backend.FilesystemBackend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The file store on the test profile's filesystem backend (target/test-files) and database. */
@RekrutTest
class FileStoreTest {

    @Autowired FileStore store;
    @Autowired StorageBackend backend;
    @Autowired OrphanSweeper sweeper;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private Instant before;

    @BeforeEach
    void setClock() {
        before = clock.instant();
        // Other tests in the shared context move the clock; file times are real, so start from the real now.
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.set(before);
    }

    @Test
    void aCommittedFileCanBeReadBackWithItsChecksum() throws Exception {
        byte[] content = "Ansøgning om stillingen".getBytes(StandardCharsets.UTF_8);
        var file = tx.execute(s -> store.store("test", content, content.length, "text/plain"));

        assertThat(store.read(file.id())).isEqualTo(content);
        try (var in = store.open(file.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(store.describe(file.id())).isEqualTo(file);
        assertThat(row(file.id())).isEqualTo(1);
        // Sharded by id prefix: abc/<id>.
        String id = file.id().toString();
        assertThat(fs().resolve(id.substring(0, 3)).resolve(id)).exists();
    }

    @Test
    void aStreamIsStoredWithoutBeingHeldInMemoryByTheCaller() {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(3).nextBytes(content);
        var file = tx.execute(s -> store.store("test", new ByteArrayInputStream(content), content.length, null));
        assertThat(store.read(file.id())).isEqualTo(content);
        assertThat(file.contentType()).isEqualTo("application/octet-stream");
    }

    @Test
    void aRollbackLeavesNeitherRowNorBytes() {
        long filesBefore = filesOnDisk();
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            id[0] = store.store("test", "væk".getBytes(StandardCharsets.UTF_8), 4, "text/plain").id();
            assertThat(Files.exists(path(id[0]))).as("written before commit").isTrue();
            throw new IllegalStateException("crash before commit");
        })).hasMessage("crash before commit");

        assertThat(Files.exists(path(id[0]))).isFalse();
        assertThat(row(id[0])).isZero();
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
        assertThatThrownBy(() -> store.read(id[0])).isInstanceOf(NotFoundException.class);
    }

    @Test
    void severalFilesAreStoredTogetherAndARollbackRemovesThemAll() {
        byte[] one = "første".getBytes(StandardCharsets.UTF_8);
        byte[] two = new byte[70_000];
        new Random(7).nextBytes(two);
        var files = tx.execute(s -> store.storeAll("test", List.of(new FileStore.NewFile(one, "text/plain"),
            new FileStore.NewFile(two, null))));
        assertThat(files).hasSize(2);
        assertThat(store.read(files.get(0).id())).isEqualTo(one);
        assertThat(store.read(files.get(1).id())).isEqualTo(two);
        assertThat(store.describe(files.get(1).id())).isEqualTo(files.get(1));
        assertThat(files.get(1).contentType()).isEqualTo("application/octet-stream");

        long filesBefore = filesOnDisk();
        List<StoredFile> rolledBack = new ArrayList<>();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            rolledBack.addAll(store.storeAll("test", List.of(new FileStore.NewFile(one, null),
                new FileStore.NewFile(two, null))));
            throw new IllegalStateException("crash before commit");
        })).hasMessage("crash before commit");
        assertThat(rolledBack).hasSize(2).allSatisfy(f -> {
            assertThat(row(f.id())).isZero();
            assertThat(Files.exists(path(f.id()))).isFalse();
        });
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void aWrongSizeIsRefusedAndLeavesNothing() {
        long filesBefore = filesOnDisk();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.store("test", new byte[10], 11, "text/plain")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> store.store("test", new byte[10], 9, "text/plain")))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(filesOnDisk()).isEqualTo(filesBefore);
    }

    @Test
    void storingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> store.store("test", new byte[1], 1, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void deletingRemovesTheBytesOnlyWhenTheDeletionCommits() {
        var file = tx.execute(s -> store.store("test", "slet mig".getBytes(StandardCharsets.UTF_8), 8, "text/plain"));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            store.delete(file.id());
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        assertThat(store.read(file.id())).isNotEmpty();

        tx.executeWithoutResult(s -> store.delete(file.id()));
        assertThat(row(file.id())).isZero();
        assertThat(Files.exists(path(file.id()))).isFalse();
        store.delete(file.id()); // again: nothing to do
    }

    @Test
    void theSweeperRemovesCrashLeftoversOnlyAfterTheGracePeriod() throws Exception {
        // Bytes written by an instance that was killed before its commit: no row, and no rollback ever ran.
        UUID orphan = UUID.randomUUID();
        String orphanKey = StorageKeys.of(orphan);
        backend.write(orphanKey, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        Files.setLastModifiedTime(path(orphan), FileTime.from(clock.instant()));
        // A temporary file of an interrupted write.
        Path temp = path(orphan).resolveSibling(FilesystemBackend.TEMP_PREFIX + orphan + "-x");
        Files.write(temp, new byte[] {4});
        Files.setLastModifiedTime(temp, FileTime.from(clock.instant()));
        // A committed file, old: must survive every sweep.
        var kept = tx.execute(s -> store.store("test", "bliver".getBytes(StandardCharsets.UTF_8), 6, "text/plain"));
        Files.setLastModifiedTime(path(kept.id()), FileTime.from(clock.instant().minus(Duration.ofDays(30))));

        sweeper.sweep();
        assertThat(path(orphan)).as("within the grace period").exists();
        assertThat(temp).exists();

        clock.advance(Duration.ofMinutes(59));
        sweeper.sweep();
        assertThat(path(orphan)).as("still within the grace period").exists();

        clock.advance(Duration.ofMinutes(2));
        assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(2);
        assertThat(path(orphan)).doesNotExist();
        assertThat(temp).doesNotExist();
        assertThat(store.read(kept.id())).isEqualTo("bliver".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyOneInstanceSweepsAtATime() throws Exception {
        UUID orphan = UUID.randomUUID();
        backend.write(StorageKeys.of(orphan), new ByteArrayInputStream(new byte[] {1}), 1);
        Files.setLastModifiedTime(path(orphan), FileTime.from(clock.instant().minus(Duration.ofDays(1))));
        // Another instance holds the lease.
        jdbc.sql("UPDATE storage_lease SET locked_until = ?, locked_by = 'other' WHERE name = ?")
            .params(Time.utc(clock.instant().plus(Duration.ofMinutes(10))), OrphanSweeper.LEASE).update();
        try {
            assertThat(sweeper.sweep()).isEqualTo(-1);
            assertThat(path(orphan)).exists();
            // Its lease runs out (it crashed): this instance takes over.
            clock.advance(Duration.ofMinutes(11));
            assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);
            assertThat(path(orphan)).doesNotExist();
            // Released after the sweep: the next one runs at once.
            assertThat(sweeper.sweep()).isNotEqualTo(-1);
        } finally {
            jdbc.sql("UPDATE storage_lease SET locked_until = ?, locked_by = NULL WHERE name = ?")
                .params(Time.utc(Instant.EPOCH), OrphanSweeper.LEASE).update();
        }
    }

    @Test
    void keysThatWouldLeaveTheStoreAreRefused() {
        var fsBackend = (FilesystemBackend) backend;
        assertThatThrownBy(() -> fsBackend.resolve("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fsBackend.resolve("")).isInstanceOf(IllegalArgumentException.class);
    }

    private Path fs() {
        return ((FilesystemBackend) backend).root();
    }

    private Path path(UUID id) {
        return ((FilesystemBackend) backend).resolve(StorageKeys.of(id));
    }

    private long row(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE id = ?").param(id).query(Long.class).single();
    }

    private long filesOnDisk() {
        if (!Files.exists(fs())) {
            return 0;
        }
        try (var files = Files.walk(fs())) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
