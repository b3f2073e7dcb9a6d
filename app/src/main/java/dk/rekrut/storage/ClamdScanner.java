package dk.rekrut.storage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * clamd's {@code zINSTREAM} command over TCP: the content in length-prefixed chunks, a zero-length chunk to end,
 * then one reply: {@code stream: OK}, {@code stream: <signature> FOUND} or {@code ... ERROR}. Anything but OK or
 * FOUND (an error, a size limit, a timeout, no answer) throws {@link UncheckedIOException}, so the upload is
 * refused rather than let through unscanned.
 */
final class ClamdScanner implements VirusScanner {

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    ClamdScanner(String host, int port, Duration connectTimeout, Duration readTimeout) {
        this.host = host;
        this.port = port;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    @Override
    public ScanResult scan(byte[] content) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            socket.setSoTimeout((int) readTimeout.toMillis());
            var out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int off = 0; off < content.length; off += CHUNK) {
                int len = Math.min(CHUNK, content.length - off);
                out.writeInt(len);
                out.write(content, off, len);
            }
            out.writeInt(0);
            out.flush();
            return parse(readReply(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("virus scanner unavailable", e);
        }
    }

    static ScanResult parse(String reply) throws IOException {
        String r = reply.strip();
        if (r.endsWith(" OK") || r.equals("OK")) {
            return ScanResult.CLEAN;
        }
        if (r.endsWith(" FOUND")) {
            String body = r.substring(0, r.length() - " FOUND".length());
            int colon = body.indexOf(": ");
            return ScanResult.infected(colon >= 0 ? body.substring(colon + 2).strip() : body.strip());
        }
        throw new IOException("unexpected clamd reply: " + (r.length() > 200 ? r.substring(0, 200) : r));
    }

    /** Up to the NUL that ends a z-command reply (or the end of the stream). */
    private static String readReply(InputStream in) throws IOException {
        var sb = new StringBuilder();
        int b;
        while ((b = in.read()) > 0) {
            if (sb.length() >= MAX_REPLY) {
                throw new IOException("clamd reply too long");
            }
            sb.append((char) b);
        }
        if (sb.isEmpty()) {
            throw new IOException("clamd closed the connection without a reply");
        }
        return sb.toString();
    }
}
