package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.application.ApplicationFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Applications;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.support.RawMultipart;
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
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + RawMultipart.sha256(letter));
    }

    @Test
    void aTwelveMegabyteVideoApplicationGoesThroughTomcatsParserAndIsStoredExactly() throws Exception {
        var posted = fixture.publish("HTTP-video " + UUID.randomUUID(), 5, false, true);
        byte[] letter = TestDocuments.pdf("Ansøgning");
        byte[] video = TestDocuments.mp4(12 * 1024 * 1024);
        var res = post(posted, HttpRequest.BodyPublishers.ofByteArray(body(posted, letter, video)));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + RawMultipart.sha256(letter), "mig.mp4 " + RawMultipart.sha256(video));
    }

    @Test
    void aChunkedRequestWithoutContentLengthGoesThroughTomcatsParser() throws Exception {
        var posted = fixture.publish("HTTP-chunked " + UUID.randomUUID(), 5, false);
        byte[] letter = TestDocuments.pdf("Ansøgning", 200_000, false);
        byte[] body = body(posted, letter, null);
        int half = body.length / 2;
        // Two arrays and no length: java.net.http sends this with Transfer-Encoding: chunked.
        var res = post(posted, HttpRequest.BodyPublishers.ofByteArrays(List.of(
            Arrays.copyOfRange(body, 0, half), Arrays.copyOfRange(body, half, body.length))));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(201);
        assertThat(storedHashes(posted)).contains("ansøgning.pdf " + RawMultipart.sha256(letter));
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
        var body = new RawMultipart(BOUNDARY).field("submissionKey", UUID.randomUUID().toString())
            .field("name", "Http Ansøger").field("email", "http.ansoeger@example.dk").field("consent", "true")
            .field("consentVersion", "1");
        ApplicationFixtures.answers(posted).forEach(body::field);
        body.file("application", "ansøgning.pdf", "application/pdf", letter)
            .file("cv", "cv.txt", "text/plain", "CV\nErfaring med data.\n".getBytes(StandardCharsets.UTF_8));
        if (video != null) {
            body.file("video", "mig.mp4", "video/mp4", video);
        }
        return body.close();
    }
}
