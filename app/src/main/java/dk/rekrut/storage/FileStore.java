package dk.rekrut.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Stores bytes together with the caller's database transaction.
 *
 * <p>{@link #store} must run inside a transaction. It writes the bytes to the backend, inserts the
 * {@code stored_file} row in the caller's transaction and removes the bytes again if that transaction rolls back.
 * Bytes left behind by a crash between writing and committing (no rollback runs) have no row; the orphan sweeper
 * removes them after a grace period. So a file exists with its row, or not at all (after the grace period).
 */
public interface FileStore {

    /**
     * Stores {@code size} bytes read from {@code content} (the stream is read to its end and not closed).
     *
     * @throws IllegalStateException    if no transaction is active
     * @throws IllegalArgumentException if the stream holds a different number of bytes than {@code size}
     * @throws StorageUnavailableException if the backend cannot write
     */
    StoredFile store(String purpose, InputStream content, long size, String contentType);

    default StoredFile store(String purpose, byte[] content, long size, String contentType) {
        return store(purpose, new ByteArrayInputStream(content), size, contentType);
    }

    /**
     * Stores several files as {@link #store} does, with their rows inserted in one batch: one round trip to the
     * database instead of one per file. The result is in the order of {@code files}.
     */
    List<StoredFile> storeAll(String purpose, List<NewFile> files);

    /** A file for {@link #storeAll}. */
    record NewFile(byte[] content, String contentType) {
    }

    /** The stored file's metadata. @throws dk.rekrut.shared.NotFoundException if there is no such file */
    StoredFile describe(UUID id);

    /** Opens the bytes of a stored file; the caller closes the stream. @throws dk.rekrut.shared.NotFoundException */
    InputStream open(UUID id);

    /** All bytes of a stored file (files are small: at most the upload limit). */
    byte[] read(UUID id);

    /**
     * Deletes the row in the caller's transaction (if any) and the bytes once it commits; without a transaction,
     * at once. Deleting a file that does not exist does nothing.
     */
    void delete(UUID id);
}
