package dk.rekrut.storage;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The file store could not write (disk full, read-only, bucket unreachable). Nothing was kept: the caller's
 * transaction rolls back. The web layer answers 503 with Retry-After, so the visitor is told to try again later
 * rather than shown a server error (security review L1).
 */
public class StorageUnavailableException extends UncheckedIOException {

    public StorageUnavailableException(IOException cause) {
        super("the file store could not write", cause);
    }
}
