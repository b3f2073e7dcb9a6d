package dk.rekrut.storage.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Signature V4 against the worked example in AWS's S3 documentation ("Signature calculations for the Authorization
 * header", example "GET Object": the first 10 bytes of examplebucket/test.txt).
 */
class SigV4Test {

    private static final String ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final Instant TIME = Instant.parse("2013-05-24T00:00:00Z");

    private final SigV4 signer = new SigV4(ACCESS_KEY, SECRET_KEY, "us-east-1", "s3");

    @Test
    void getObjectExampleFromTheAwsDocumentation() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "examplebucket.s3.amazonaws.com");
        headers.put("Range", "bytes=0-9");
        headers.put("x-amz-content-sha256", SigV4.EMPTY_SHA256);
        headers.put("x-amz-date", "20130524T000000Z");

        String canonical = signer.canonicalRequest("GET", "/test.txt", null, headers, SigV4.EMPTY_SHA256);
        assertThat(canonical).isEqualTo("""
            GET
            /test.txt

            host:examplebucket.s3.amazonaws.com
            range:bytes=0-9
            x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
            x-amz-date:20130524T000000Z

            host;range;x-amz-content-sha256;x-amz-date
            e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(SigV4.sha256Hex(canonical)).isEqualTo("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972");
        assertThat(signer.scope(TIME)).isEqualTo("20130524/us-east-1/s3/aws4_request");

        assertThat(signer.authorization("GET", "/test.txt", null, headers, SigV4.EMPTY_SHA256, TIME)).isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void anyChangeToTheRequestChangesTheSignature() {
        Map<String, String> headers = Map.of("host", "examplebucket.s3.amazonaws.com", "range", "bytes=0-10",
            "x-amz-content-sha256", SigV4.EMPTY_SHA256, "x-amz-date", "20130524T000000Z");
        assertThat(signer.authorization("GET", "/test.txt", null, headers, SigV4.EMPTY_SHA256, TIME))
            .doesNotContain("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
    }

    @Test
    void queryParametersAreSortedAndEncoded() {
        assertThat(SigV4.canonicalQuery("prefix=J&max-keys=2")).isEqualTo("max-keys=2&prefix=J");
        assertThat(SigV4.canonicalQuery("list-type=2&continuation-token=a%2Bb%2Fc%3D&prefix=x%20y"))
            .isEqualTo("continuation-token=a%2Bb%2Fc%3D&list-type=2&prefix=x%20y");
        assertThat(SigV4.canonicalQuery("lifecycle")).isEqualTo("lifecycle=");
        assertThat(SigV4.uriEncode("ab/cd/æ ~x", false)).isEqualTo("ab/cd/%C3%A6%20~x");
        assertThat(SigV4.uriEncode("a/b", true)).isEqualTo("a%2Fb");
    }
}
