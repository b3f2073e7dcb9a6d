package dk.rekrut.storage;

import java.util.UUID;

/**
 * Stores bytes together with the caller's transaction: {@link #store} must run inside one; if it rolls back,
 * the bytes are removed again, and bytes left by a crash are swept up later.
 */
public interface FileStore {

    StoredFile store(String purpose, byte[] content, long size, String contentType);

    byte[] read(UUID id);

    void delete(UUID id);
}
