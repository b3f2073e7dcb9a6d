package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Applications;
import dk.rekrut.application.TestDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads over a real socket to the running server (no browser), through both multipart parsers: Rekrut's in-memory
 * one for a request with a Content-Length up to 8 MB, and Tomcat's for a larger one (a video) and for a chunked one.
 * In each case the files must be stored byte for byte.
 */
class UploadOverHttpTest extends BrowserSuite {

    private static final String BOUNDARY = "----rekrut-http-" + UUID.randomUUID();

    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aOneMegabyteApplicationWithAContentLengthIsParsedInMemoryAndStoredExactly() throws Exception {
        var posted = fixture.publish("HTTP-upload " + UUID.randomUUID(), 5, false);
        byte[] letter = TestDocuments.pdf("Ansøgning", 1024 * 1024, false);
        byte[] body = body(posted, letter, null);
        var res = post(posted, HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + sha256(letter));
    }

    @Test
    void aTwelveMegabyteVideoApplicationGoesThroughTomcatsParserAndIsStoredExactly() throws Exception {
        var posted = fixture.publish("HTTP-video " + UUID.randomUUID(), 5, false, true);
        byte[] letter = TestDocuments.pdf("Ansøgning");
        byte[] video = TestDocuments.mp4(12 * 1024 * 1024);
        var res = post(posted, HttpRequest.BodyPublishers.ofByteArray(body(posted, letter, video)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + sha256(letter), "mig.mp4 " + sha256(video));
    }

    @Test
    void aChunkedRequestWithoutContentLengthGoesThroughTomcatsParser() throws Exception {
        var posted = fixture.publish("HTTP-chunked " + UUID.randomUUID(), 5, false);
        byte[] letter = TestDocuments.pdf("Ansøgning", 200_000, false);
        byte[] body = body(posted, letter, null);
        int half = body.length / 2;
        // Two arrays and no length: java.net.http sends this with Transfer-Encoding: chunked.
        var res = post(posted, HttpRequest.BodyPublishers.ofByteArrays(List.of(
            java.util.Arrays.copyOfRange(body, 0, half), java.util.Arrays.copyOfRange(body, half, body.length))));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + sha256(letter));
    }

    private HttpResponse<String> post(ApplicationFixture.Posted posted, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/postings/" + posted.postingId() + "/applications")))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private List<String> storedHashes(ApplicationFixture.Posted posted) {
        UUID id = applications.forCase(posted.caseId()).getFirst().id();
        return jdbc.sql("""
                SELECT d.original_name, f.sha256 FROM applicant_document d JOIN stored_file f ON f.id = d.stored_file_id
                WHERE d.candidate_id = ?""").param(id).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
    }

    private static byte[] body(ApplicationFixture.Posted posted, byte[] letter, byte[] video) {
        var out = new ByteArrayOutputStream();
        field(out, "submissionKey", UUID.randomUUID().toString());
        field(out, "name", "Http Ansøger");
        field(out, "email", "http.ansoeger@example.dk");
        field(out, "consent", "true");
        field(out, "consentVersion", "1");
        dk.rekrut.application.ApplicationFixtures.answers(posted).forEach((k, v) -> field(out, k, v));
        file(out, "application", "ansøgning.pdf", "application/pdf", letter);
        file(out, "cv", "cv.txt", "text/plain", "CV\nErfaring med data.\n".getBytes(StandardCharsets.UTF_8));
        if (video != null) {
            file(out, "video", "mig.mp4", "video/mp4", video);
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String name, String value) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
            + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void file(ByteArrayOutputStream out, String name, String fileName, String type, byte[] content) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
            + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
