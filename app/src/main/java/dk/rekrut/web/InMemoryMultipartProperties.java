package dk.rekrut.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The in-memory multipart parser's limit ({@code rekrut.upload.in-memory-request-limit}); the other upload limits
 * are the storage module's, and Spring's own multipart limits still apply.
 *
 * @param inMemoryRequestLimit multipart requests up to this size are read into memory in one piece and parsed before
 *                             Spring Security; it never exceeds Spring's own multipart limits
 */
@ConfigurationProperties("rekrut.upload")
record InMemoryMultipartProperties(@DefaultValue("8MB") DataSize inMemoryRequestLimit) {
}
