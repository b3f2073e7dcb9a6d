package dk.rekrut.storage;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VirusScanners {

    @Bean
    VirusScanner virusScanner(@Value("${rekrut.virus-scan.type:none}") String type,
                              @Value("${rekrut.virus-scan.clamd-host:127.0.0.1}") String host,
                              @Value("${rekrut.virus-scan.clamd-port:3310}") int port) {
        return "clamd".equals(type) ? new Clamd(host, port) : content -> VirusScanner.ScanResult.CLEAN;
    }

    /** clamd's INSTREAM command over TCP. A scanner that cannot be reached fails closed (the upload is refused). */
    record Clamd(String host, int port) implements VirusScanner {

        @Override
        public ScanResult scan(byte[] content) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), 3000);
                socket.setSoTimeout(30_000);
                var out = new DataOutputStream(socket.getOutputStream());
                out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
                for (int off = 0; off < content.length; off += 8192) {
                    int len = Math.min(8192, content.length - off);
                    out.writeInt(len);
                    out.write(content, off, len);
                }
                out.writeInt(0);
                out.flush();
                String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).replace("\0", "").strip();
                if (reply.endsWith("OK")) {
                    return ScanResult.CLEAN;
                }
                return new ScanResult(false, reply.replace("stream:", "").replace("FOUND", "").strip());
            } catch (IOException e) {
                throw new UncheckedIOException("virus scanner unavailable", e);
            }
        }
    }
}
