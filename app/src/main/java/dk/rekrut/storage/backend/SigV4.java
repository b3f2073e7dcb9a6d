package dk.rekrut.storage.backend;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for S3-compatible stores (header-based authentication). Pure functions, unit-tested
 * against the example in AWS's S3 documentation.
 */
final class SigV4 {

    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final String accessKey;
    private final String secretKey;
    private final String region;
    private final String service;

    SigV4(String accessKey, String secretKey, String region, String service) {
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.region = region;
        this.service = service;
    }

    /**
     * The Authorization header value.
     *
     * @param path         the request path as sent, already URI-encoded (e.g. {@code /bucket/ab/cd/key})
     * @param rawQuery     the query as sent (encoded), or null
     * @param headers      the headers to sign (must include host, x-amz-date and x-amz-content-sha256)
     * @param payloadHash  hex SHA-256 of the body or {@link #UNSIGNED_PAYLOAD}
     */
    String authorization(String method, String path, String rawQuery, Map<String, String> headers, String payloadHash,
                         Instant time) {
        var canonicalHeaders = canonicalHeaders(headers);
        String signedHeaders = String.join(";", canonicalHeaders.keySet());
        String scope = scope(time);
        String stringToSign = "AWS4-HMAC-SHA256\n" + AMZ_DATE.format(time) + "\n" + scope + "\n"
            + sha256Hex(canonicalRequest(method, path, rawQuery, headers, payloadHash));
        String signature = HexFormat.of().formatHex(hmac(signingKey(time), stringToSign));
        return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ",SignedHeaders=" + signedHeaders
            + ",Signature=" + signature;
    }

    String canonicalRequest(String method, String path, String rawQuery, Map<String, String> headers, String payloadHash) {
        var canonicalHeaders = canonicalHeaders(headers);
        var sb = new StringBuilder();
        sb.append(method).append('\n');
        sb.append(path == null || path.isEmpty() ? "/" : path).append('\n');
        sb.append(canonicalQuery(rawQuery)).append('\n');
        canonicalHeaders.forEach((k, v) -> sb.append(k).append(':').append(v).append('\n'));
        sb.append('\n');
        sb.append(String.join(";", canonicalHeaders.keySet())).append('\n');
        sb.append(payloadHash);
        return sb.toString();
    }

    String scope(Instant time) {
        return AMZ_DATE.format(time).substring(0, 8) + "/" + region + "/" + service + "/aws4_request";
    }

    private byte[] signingKey(Instant time) {
        byte[] k = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), AMZ_DATE.format(time).substring(0, 8));
        k = hmac(k, region);
        k = hmac(k, service);
        return hmac(k, "aws4_request");
    }

    private static TreeMap<String, String> canonicalHeaders(Map<String, String> headers) {
        var out = new TreeMap<String, String>();
        headers.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT).strip(), v.strip().replaceAll("\\s+", " ")));
        return out;
    }

    /** Query parameters sorted by name, each name and value URI-encoded the AWS way. */
    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> params = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            params.add(new String[] {uriEncode(name, true), uriEncode(value, true)});
        }
        return params.stream().sorted((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]))
            .map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    /** RFC 3986 unreserved characters stay; everything else is %XX (upper case); '/' stays in paths. */
    static String uriEncode(String s, boolean encodeSlash) {
        var sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    static String sha256Hex(String s) {
        return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
