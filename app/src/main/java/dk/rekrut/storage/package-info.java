/**
 * Storage: the file store (filesystem by default, S3-compatible by configuration) whose writes follow the
 * caller's database transaction, with a sweeper for bytes a crash left behind; upload inspection by content;
 * the virus-scan hook (clamd by configuration).
 *
 * <p>Published API: {@link dk.rekrut.storage.FileStore}, {@link dk.rekrut.storage.StoredFile},
 * {@link dk.rekrut.storage.UploadInspector}, {@link dk.rekrut.storage.VirusScanner},
 * {@link dk.rekrut.storage.StorageUnavailableException}. Backends, the sweeper and the
 * S3 signer are package-private.
 */
@ApplicationModule(displayName = "Storage")
package dk.rekrut.storage;

import org.springframework.modulith.ApplicationModule;
