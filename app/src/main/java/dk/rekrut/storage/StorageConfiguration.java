package dk.rekrut.storage;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses the backend: {@code rekrut.storage.type=filesystem} (default, under {@code rekrut.storage.path}) or
 * {@code s3} (settings under {@code rekrut.storage.s3.*}, e.g. from the environment as
 * {@code REKRUT_STORAGE_S3_SECRETKEY}).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    StorageBackend storageBackend(@Value("${rekrut.storage.type:filesystem}") String type,
                                  @Value("${rekrut.storage.path:./data/files}") Path path,
                                  @Value("${rekrut.storage.direct-io:true}") boolean directIo,
                                  @Value("${rekrut.storage.s3.endpoint:}") String endpoint,
                                  @Value("${rekrut.storage.s3.region:us-east-1}") String region,
                                  @Value("${rekrut.storage.s3.bucket:}") String bucket,
                                  @Value("${rekrut.storage.s3.access-key:}") String accessKey,
                                  @Value("${rekrut.storage.s3.secret-key:}") String secretKey,
                                  @Value("${rekrut.storage.s3.prefix:}") String prefix,
                                  @Value("${rekrut.storage.s3.path-style:true}") boolean pathStyle,
                                  @Value("${rekrut.storage.s3.timeout:PT30S}") Duration timeout, Clock clock) {
        return switch (type.strip().toLowerCase(Locale.ROOT)) {
            case "filesystem" -> new FilesystemBackend(path, directIo);
            case "s3" -> new S3Backend(new S3Backend.Settings(endpoint.isBlank() ? null : URI.create(endpoint.strip()),
                region, bucket, accessKey, secretKey, prefix, pathStyle, timeout), clock);
            default -> throw new IllegalStateException("rekrut.storage.type must be filesystem or s3, not " + type);
        };
    }

    @Bean
    TransactionalFileStore fileStore(StorageBackend backend, JdbcClient jdbc, JdbcOperations batch, Clock clock) {
        return new TransactionalFileStore(backend, jdbc, batch, clock);
    }

    @Bean
    OrphanSweeper orphanSweeper(StorageBackend backend, JdbcClient jdbc, Clock clock,
                                @Value("${rekrut.storage.orphan-grace:PT1H}") Duration grace,
                                @Value("${rekrut.storage.sweep-lease:PT30M}") Duration lease) {
        return new OrphanSweeper(backend, jdbc, clock, grace, lease);
    }
}
