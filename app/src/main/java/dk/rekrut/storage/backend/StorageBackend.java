package dk.rekrut.storage.backend;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes live. Keys are produced by {@link StorageKeys}; every operation is idempotent where it can be
 * (deleting a missing object is not an error), so several instances may sweep at once without harm.
 */
public interface StorageBackend {

    /** Writes exactly {@code size} bytes under {@code key}; the object appears completely or not at all. */
    void write(String key, InputStream content, long size) throws IOException;

    InputStream open(String key) throws IOException;

    /** Removes the object; a missing object is fine. */
    void delete(String key) throws IOException;

    /** Every object (including unfinished temporary ones) with its last modification time. */
    void list(Consumer<StoredObject> each) throws IOException;

    record StoredObject(String key, Instant lastModified) {
    }
}
