package dk.rekrut.storage;

import dk.rekrut.storage.backend.StorageBackend;
import dk.rekrut.storage.backend.StorageKeys;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.Time;
import dk.rekrut.storage.StoredFileRepository.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link FileStore}: bytes in a {@link StorageBackend}, one {@code stored_file} row per file in the caller's
 * transaction (through {@link StoredFileRepository}). Order in {@link #store}: register the rollback clean-up, write the bytes, insert the row. So a
 * failing write, a failing insert or any later failure of the caller's transaction removes the bytes; only a
 * crash (no clean-up runs) leaves bytes without a row, which {@link OrphanSweeper} removes after the grace period.
 */
class TransactionalFileStore implements FileStore {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionalFileStore.class);
    static final int MAX_PURPOSE = 40;
    static final int MAX_CONTENT_TYPE = 100;

    private final StorageBackend backend;
    private final StoredFileRepository rows;
    private final Clock clock;

    TransactionalFileStore(StorageBackend backend, StoredFileRepository rows, Clock clock) {
        this.backend = backend;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public StoredFile store(String purpose, InputStream content, long size, String contentType) {
        requireTransaction();
        Row w = write(purpose, content, size, contentType);
        insert(purpose, List.of(w));
        return w.file();
    }

    @Override
    public List<StoredFile> storeAll(String purpose, List<NewFile> files) {
        requireTransaction();
        var written = new ArrayList<Row>(files.size());
        for (NewFile f : files) {
            written.add(write(purpose, new ByteArrayInputStream(f.content()), f.content().length, f.contentType()));
        }
        insert(purpose, written);
        return written.stream().map(Row::file).toList();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
            || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("FileStore.store must run inside a transaction");
        }
    }


    private Row write(String purpose, InputStream content, long size, String contentType) {
        if (purpose == null || purpose.isBlank() || purpose.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("purpose must be 1-" + MAX_PURPOSE + " characters");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        String type = contentType == null || contentType.isBlank() || contentType.length() > MAX_CONTENT_TYPE
            ? "application/octet-stream" : contentType.strip();
        UUID id = UUID.randomUUID();
        String key = StorageKeys.of(id);
        // Registered before anything is written: whatever fails from here on, a rollback removes the bytes.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    deleteQuietly(key);
                }
            }
        });
        var digest = sha256();
        var counted = new CountingInputStream(new DigestInputStream(content, digest), size);
        try {
            backend.write(key, counted, size);
        } catch (IOException e) {
            deleteQuietly(key);
            throw new StorageUnavailableException(e);
        } catch (RuntimeException e) {
            deleteQuietly(key);
            throw e;
        }
        if (counted.count != size) {
            deleteQuietly(key);
            throw new IllegalArgumentException("content has " + counted.count + " bytes, declared " + size);
        }
        return new Row(new StoredFile(id, size, HexFormat.of().formatHex(digest.digest()), type), key);
    }

    /** The rows of written files, in one batch (the caller's transaction). */
    private void insert(String purpose, List<Row> written) {
        rows.insert(purpose, written, Time.utc(clock.instant()));
    }

    @Override
    public StoredFile describe(UUID id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("Stored file"));
    }

    @Override
    public InputStream open(UUID id) {
        String key = keyOf(id);
        try {
            return backend.open(key);
        } catch (NoSuchFileException e) {
            // A row without bytes: lost storage, not a user error. Loud in the log, 404 to the caller.
            LOG.error("Stored file {} has a row but no bytes (key {})", id, key);
            throw new NotFoundException("Stored file");
        } catch (IOException e) {
            throw new UncheckedIOException("could not read stored file " + id, e);
        }
    }

    @Override
    public byte[] read(UUID id) {
        try (InputStream in = open(id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read stored file " + id, e);
        }
    }

    @Override
    public void delete(UUID id) {
        var key = rows.keyOf(id);
        if (key.isEmpty()) {
            return;
        }
        rows.delete(id);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // The bytes go only once the row's deletion has committed; a crash in between leaves an orphan
            // (no row) that the sweeper removes.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        deleteQuietly(key.get());
                    }
                }
            });
        } else {
            deleteQuietly(key.get());
        }
    }

    private String keyOf(UUID id) {
        return rows.keyOf(id).orElseThrow(() -> new NotFoundException("Stored file"));
    }

    private void deleteQuietly(String key) {
        try {
            backend.delete(key);
        } catch (IOException | RuntimeException e) {
            // The sweeper gets it later: it has no row.
            LOG.warn("Could not delete stored bytes {} now; the sweeper will: {}", key, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what the backend reads and refuses to deliver more than the declared size. */
    private static final class CountingInputStream extends FilterInputStream {
        private final long limit;
        long count;

        CountingInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw new IllegalArgumentException("content is longer than the declared size " + limit);
            }
        }

        @Override
        public long skip(long n) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
