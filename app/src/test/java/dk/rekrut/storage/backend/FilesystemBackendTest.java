package dk.rekrut.storage.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** A file is stored as exactly its bytes whatever its size around the buffer's, and a wrong size is refused. */
class FilesystemBackendTest {

    private static final int[] SIZES = {0, 1, 511, 4095, 4096, 4097, 65_535, 65_536, 65_537, 1024 * 1024, 1024 * 1024 + 333,
        3 * 1024 * 1024 + 65_536 + 7};

    @TempDir Path dir;

    @ParameterizedTest(name = "direct I/O {0}")
    @ValueSource(booleans = {false, true})
    void filesAreStoredExactlyAtEverySize(boolean directIo) throws IOException {
        var backend = new FilesystemBackend(dir, directIo);
        for (int size : SIZES) {
            byte[] content = bytes(size);
            String key = StorageKeys.of(UUID.randomUUID());
            backend.write(key, new ByteArrayInputStream(content), size);
            assertThat(Files.readAllBytes(backend.resolve(key))).as("size %d", size).isEqualTo(content);
        }
    }

    @ParameterizedTest(name = "direct I/O {0}")
    @ValueSource(booleans = {false, true})
    void contentLongerOrShorterThanDeclaredIsRefusedAndLeavesNoFile(boolean directIo) throws IOException {
        var backend = new FilesystemBackend(dir, directIo);
        for (int declared : new int[] {65_536, 70_000, 1024 * 1024 + 1}) {
            String key = StorageKeys.of(UUID.randomUUID());
            assertThatThrownBy(() -> backend.write(key, new ByteArrayInputStream(bytes(68_000)), declared))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("than the declared size");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    private static byte[] bytes(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
