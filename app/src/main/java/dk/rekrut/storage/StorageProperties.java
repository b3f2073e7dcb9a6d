package dk.rekrut.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where files are kept ({@code rekrut.storage.*}): the filesystem by default, or an S3-compatible store, whose
 * secrets come from the environment (e.g. {@code REKRUT_STORAGE_S3_SECRETKEY}), never from the repository.
 *
 * @param type {@code filesystem} or {@code s3}
 * @param path the folder of the filesystem store
 * @param directIo write files with O_DIRECT where the filesystem allows it
 * @param orphanGrace how old a stored file without a database row must be before the sweeper deletes it
 * @param sweepLease how long one instance holds the orphan sweep before another may take it over
 */
@ConfigurationProperties("rekrut.storage")
record StorageProperties(@DefaultValue("filesystem") String type, @DefaultValue("./data/files") Path path,
                         @DefaultValue("true") boolean directIo, @DefaultValue("PT1H") Duration orphanGrace,
                         @DefaultValue("PT30M") Duration sweepLease, @DefaultValue S3 s3) {

    /**
     * The S3-compatible store.
     *
     * @param endpoint the store's address, e.g. {@code https://s3.eu-north-1.amazonaws.com}; empty for AWS's default
     * @param region the region requests are signed for
     * @param bucket the bucket
     * @param accessKey from the environment ({@code REKRUT_STORAGE_S3_ACCESSKEY})
     * @param secretKey from the environment ({@code REKRUT_STORAGE_S3_SECRETKEY}), never from a file in the repository
     * @param prefix a key prefix inside the bucket
     * @param pathStyle address buckets as {@code endpoint/bucket} (MinIO and most self-hosted stores)
     * @param timeout for one request
     */
    record S3(@DefaultValue("") String endpoint, @DefaultValue("us-east-1") String region, @DefaultValue("") String bucket,
              @DefaultValue("") String accessKey, @DefaultValue("") String secretKey, @DefaultValue("") String prefix,
              @DefaultValue("true") boolean pathStyle, @DefaultValue("PT30S") Duration timeout) {
    }
}
