package dk.rekrut.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@RekrutTest
class FileStoreTest {

    @Autowired FilesystemFileStore store;
    @Autowired TransactionTemplate tx;
    @Autowired MutableClock clock;

    private final Instant start = Instant.now();

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    @Test
    void committedFilesCanBeRead() {
        var file = tx.execute(s -> store.store("test", "indhold".getBytes(), 7, "text/plain"));
        assertThat(new String(store.read(file.id()))).isEqualTo("indhold");
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void aRollbackRemovesTheBytes() {
        UUID[] id = new UUID[1];
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            id[0] = store.store("test", "væk".getBytes(), 4, "text/plain").id();
            assertThat(Files.exists(store.path(id[0]))).isTrue();
            throw new IllegalStateException("rollback");
        })).hasMessage("rollback");
        assertThat(Files.exists(store.path(id[0]))).isFalse();
    }

    @Test
    void storingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> store.store("test", new byte[1], 1, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSweeperRemovesCrashLeftoversOnlyAfterTheGracePeriod() throws Exception {
        // Bytes written by an instance that died before its commit: no row.
        UUID orphan = UUID.randomUUID();
        var path = store.path(orphan);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(path, FileTime.from(clock.instant()));
        var kept = tx.execute(s -> store.store("test", "bliver".getBytes(), 6, "text/plain"));
        Files.setLastModifiedTime(store.path(kept.id()), FileTime.from(clock.instant().minus(Duration.ofDays(2))));

        store.sweepOrphans();
        assertThat(Files.exists(path)).isTrue();
        clock.advance(Duration.ofHours(2));
        store.sweepOrphans();
        assertThat(Files.exists(path)).isFalse();
        assertThat(Files.exists(store.path(kept.id()))).isTrue();
    }
}
