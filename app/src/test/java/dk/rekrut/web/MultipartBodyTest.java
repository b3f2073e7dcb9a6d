package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dk.rekrut.support.RawMultipart;
import org.junit.jupiter.api.Test;

/** The in-memory multipart parser against RFC 7578 bodies as browsers and HTTP clients write them. */
class MultipartBodyTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @Test
    void fieldsAndFilesComeOutAsSentWithUtf8NamesAndBinaryContent() throws Exception {
        byte[] pdf = "%PDF-1.4\r\n--not the boundary\r\n------WebKitFormBoundary7MA4YWxkTrZu0g\r\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        var body = new RawMultipart(BOUNDARY)
            .field("name", "Søren Ærø Østergård")
            .file("application", "ansøgning.pdf", "application/pdf", pdf)
            .file("other", "", "application/octet-stream", new byte[0])
            .close();
        var parts = MultipartBody.parse(body, BOUNDARY, 50, 512);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).name()).isEqualTo("name");
        assertThat(parts.get(0).fileName()).isNull();
        assertThat(parts.get(0).text()).isEqualTo("Søren Ærø Østergård");
        assertThat(parts.get(1).fileName()).isEqualTo("ansøgning.pdf");
        assertThat(parts.get(1).contentType()).isEqualTo("application/pdf");
        assertThat(parts.get(1).content()).isEqualTo(pdf);
        assertThat(parts.get(2).fileName()).isEmpty(); // a file input left empty: a file part without content
        assertThat(parts.get(2).content()).isEmpty();
    }

    @Test
    void randomBinaryFilesFullOfBoundaryFragmentsSurviveUnchanged() throws Exception {
        var random = new Random(42);
        byte[] fragment = ("\r\n--" + BOUNDARY).getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 200; round++) {
            var body = new RawMultipart(BOUNDARY);
            List<byte[]> sent = new ArrayList<>();
            int files = 1 + random.nextInt(4);
            for (int f = 0; f < files; f++) {
                byte[] content = new byte[random.nextInt(5000)];
                random.nextBytes(content);
                // Plant every proper prefix of the delimiter, and CR/LF runs, at random places.
                for (int k = 0; k < 5 && content.length > fragment.length; k++) {
                    int len = random.nextInt(fragment.length - 1);
                    System.arraycopy(fragment, 0, content, random.nextInt(content.length - len), len);
                }
                sent.add(content);
                body.file("f" + f, "f" + f + ".bin", "application/octet-stream", content);
            }
            var parts = MultipartBody.parse(body.close(), BOUNDARY, 50, 512);
            assertThat(parts).hasSize(files);
            for (int f = 0; f < files; f++) {
                assertThat(parts.get(f).content()).as("round %d file %d", round, f).isEqualTo(sent.get(f));
            }
        }
    }

    @Test
    void preambleEpilogueQuotedBoundaryAndExtendedFileNamesAreUnderstood() throws Exception {
        String raw = "This is a preamble.\r\n--" + BOUNDARY + "\r\n"
            + "Content-Disposition: form-data; name=\"cv\"; filename=\"cv.txt\"; filename*=UTF-8''%C3%B8l.txt\r\n\r\n"
            + "hej\r\n--" + BOUNDARY + "--\r\nepilogue";
        var parts = MultipartBody.parse(raw.getBytes(StandardCharsets.UTF_8),
            MultipartBody.boundary("multipart/form-data; boundary=\"" + BOUNDARY + "\""), 50, 512);
        assertThat(parts).singleElement().satisfies(p -> {
            assertThat(p.fileName()).isEqualTo("øl.txt");
            assertThat(p.text()).isEqualTo("hej");
        });
        assertThat(MultipartBody.boundary("application/json")).isNull();
        assertThat(MultipartBody.boundary("multipart/form-data")).isNull();
        assertThat(MultipartBody.boundary("multipart/form-data; boundary=" + "x".repeat(71))).isNull();
        // Only RFC 2046's characters: a CR or LF in the boundary would break the delimiter search's guarantee.
        assertThat(MultipartBody.boundary("multipart/form-data; boundary=ab\rcd")).isNull();
        assertThat(MultipartBody.boundary("multipart/form-data; boundary=ab\"cd")).isNull();
    }

    @Test
    void aQuotedFileNameKeepsItsBackslashesAndEscapedQuotes() throws Exception {
        String raw = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"C:\\cv\\a \\\"b\\\".pdf\"\r\n\r\n"
            + "x\r\n--" + BOUNDARY + "--";
        var parts = MultipartBody.parse(raw.getBytes(StandardCharsets.UTF_8), BOUNDARY, 50, 512);
        assertThat(parts.getFirst().fileName()).isEqualTo("C:\\cv\\a \"b\".pdf");
    }

    @Test
    void malformedBodiesAndBodiesOverTheLimitsAreRefused() {
        byte[] unterminated = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue")
            .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MultipartBody.parse(unterminated, BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class).hasMessageContaining("ends inside a part");
        assertThatThrownBy(() -> MultipartBody.parse("no parts at all".getBytes(), BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class);
        byte[] noHeaderEnd = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"").getBytes();
        assertThatThrownBy(() -> MultipartBody.parse(noHeaderEnd, BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class);
        byte[] badHeader = ("--" + BOUNDARY + "\r\nno colon here\r\n\r\nx\r\n--" + BOUNDARY + "--").getBytes();
        assertThatThrownBy(() -> MultipartBody.parse(badHeader, BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class);

        var many = new RawMultipart(BOUNDARY);
        for (int i = 0; i < 51; i++) {
            many.field("q" + i, "v");
        }
        byte[] manyParts = many.close();
        assertThatThrownBy(() -> MultipartBody.parse(manyParts, BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class).hasMessageContaining("more than 50 parts");
        byte[] longHeader = new RawMultipart(BOUNDARY).field("x".repeat(600), "v").close();
        assertThatThrownBy(() -> MultipartBody.parse(longHeader, BOUNDARY, 50, 512))
            .isInstanceOf(MultipartBody.Malformed.class).hasMessageContaining("too long");
    }
}
