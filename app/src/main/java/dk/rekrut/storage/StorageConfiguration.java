package dk.rekrut.storage;

import dk.rekrut.storage.backend.StorageBackend;
import dk.rekrut.storage.backend.FilesystemBackend;
import dk.rekrut.storage.backend.S3Backend;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the backend from {@link StorageProperties}: the filesystem (default) or an S3-compatible store. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    StorageBackend storageBackend(StorageProperties settings, Clock clock) {
        var s3 = settings.s3();
        return switch (settings.type().strip().toLowerCase(Locale.ROOT)) {
            case "filesystem" -> new FilesystemBackend(settings.path(), settings.directIo());
            case "s3" -> new S3Backend(new S3Backend.Settings(s3.endpoint().isBlank() ? null : URI.create(s3.endpoint().strip()),
                s3.region(), s3.bucket(), s3.accessKey(), s3.secretKey(), s3.prefix(), s3.pathStyle(), s3.timeout()), clock);
            default -> throw new IllegalStateException("rekrut.storage.type must be filesystem or s3, not " + settings.type());
        };
    }

    @Bean
    TransactionalFileStore fileStore(StorageBackend backend, StoredFileRepository rows, Clock clock) {
        return new TransactionalFileStore(backend, rows, clock);
    }

    @Bean
    OrphanSweeper orphanSweeper(StorageBackend backend, StoredFileRepository rows, Clock clock, StorageProperties settings) {
        return new OrphanSweeper(backend, rows, clock, settings.orphanGrace(), settings.sweepLease());
    }
}
