import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Load test for issue 3, acceptance 8: N concurrent clients submit applications with a 1 MB PDF through
 * POST /api/v1/postings/{id}/applications and we report errors and latency percentiles.
 * Run with a JDK 21+ (single-file source launch):
 *   java load/ApplicationLoad.java http://localhost:8080 [clients=50] [perClient=10] [pdfKb=1024] [thinkMs=0] [warmupRounds=0]
 * See load/run.sh for the whole run against PostgreSQL, and docs/benchmarks.md for results.
 */
public class ApplicationLoad {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int perClient = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int pdfKb = args.length > 3 ? Integer.parseInt(args[3]) : 1024;
        // Mean pause of each client between its submissions, uniformly random (0: closed loop, no pause).
        long thinkMs = args.length > 4 ? Long.parseLong(args[4]) : 0;
        // Rounds of concurrent warm-up submissions per client before measuring (0: only 5 sequential ones).
        int warmupRounds = args.length > 5 ? Integer.parseInt(args[5]) : 0;

        String posting = demoPosting(base);
        byte[] pdf = pdf(pdfKb * 1024);
        byte[] cv = "CV\nErfaring: 10 år med data.\n".getBytes(StandardCharsets.UTF_8);

        // Warm-up, not measured: 5 sequential submissions, then warmupRounds rounds from all clients at once, so
        // that the JIT has compiled the hot paths and the pools have grown, as in a server that has been running.
        for (int i = 0; i < 5; i++) {
            submit(base, posting, pdf, cv);
        }
        int warmed = 5;
        if (warmupRounds > 0) {
            var warm = new ArrayList<Thread>();
            AtomicInteger warmFailures = new AtomicInteger();
            for (int c = 0; c < clients; c++) {
                warm.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < warmupRounds; i++) {
                        try {
                            if (submit(base, posting, pdf, cv) != 201) {
                                warmFailures.incrementAndGet();
                            }
                        } catch (IOException e) {
                            warmFailures.incrementAndGet();
                        }
                    }
                }));
            }
            for (var t : warm) {
                t.join();
            }
            warmed += clients * warmupRounds;
            System.out.printf("warm-up: %d submissions, %d failed%n", warmed, warmFailures.get());
        }

        List<long[]> trace = Collections.synchronizedList(new ArrayList<>()); // per request: start and latency, ns
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread.ofPlatform().start(() -> {
                var random = new Random();
                try {
                    if (thinkMs > 0) {
                        Thread.sleep(random.nextLong(thinkMs)); // clients start spread out, as real users do
                    }
                    for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        try {
                            int status = submit(base, posting, pdf, cv);
                            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        } catch (IOException e) {
                            failures.incrementAndGet();
                        }
                        trace.add(new long[] {t0, System.nanoTime() - t0});
                        if (thinkMs > 0) {
                            Thread.sleep(random.nextLong(2 * thinkMs)); // uniform, mean thinkMs
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = trace.stream().map(t -> t[1]).sorted().toList(); // every client is done (await)
        int total = clients * perClient;
        int created = statuses.getOrDefault(201, new AtomicInteger()).get();
        System.out.printf("posting %s, %d clients x %d submissions, PDF %d KB, think time %d ms%n", posting, clients,
            perClient, pdfKb, thinkMs);
        System.out.printf("statuses %s, transport failures %d, requests sent again on a new connection %d%n", statuses,
            failures.get(), RETRIES.get());
        System.out.printf("throughput %.1f applications/s over %.1f s%n", total / seconds, seconds);
        System.out.printf("latency ms: p50 %.0f  p95 %.0f  p99 %.0f  max %.0f%n", pct(sorted, 50), pct(sorted, 95),
            pct(sorted, 99), sorted.getLast() / 1e6);
        System.out.printf("errors %d of %d%n", total - created, total);
        String traceFile = System.getenv("REKRUT_LOAD_TRACE");
        if (traceFile != null) { // one line per request: ms since the start, latency ms (to see spikes over time)
            var lines = new ArrayList<String>();
            synchronized (trace) {
                for (long[] t : trace) {
                    lines.add(String.format(java.util.Locale.ROOT, "%.1f %.1f", (t[0] - start) / 1e6, t[1] / 1e6));
                }
            }
            java.nio.file.Files.write(java.nio.file.Path.of(traceFile), lines);
        }
        System.out.printf("submitted in all (warm-up included): %d%n", total + warmed);
        System.exit(created == total ? 0 : 1);
    }

    /** The id of the demo posting "Specialkonsulent ...", which the load clients apply to. */
    static String demoPosting(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        String postings = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/postings")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        var m = Pattern.compile("\"id\":\"([0-9a-f-]{36})\",\"caseId\":\"[0-9a-f-]{36}\",\"title\":\"Specialkonsulent").matcher(postings);
        if (!m.find()) {
            throw new IllegalStateException("demo posting 'Specialkonsulent ...' not found at " + base);
        }
        return m.group(1);
    }

    /** One kept-alive connection per client thread, as one browser would have. */
    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();

    static int submit(String base, String posting, byte[] pdf, byte[] cv) throws IOException {
        return submit(base, posting, UUID.randomUUID().toString(), "last+" + UUID.randomUUID() + "@example.dk", pdf, cv)
            .status();
    }

    /** A status and the body as text (answers here are small JSON). */
    record Response(int status, String body) {
    }

    /** One application with the given submission key and e-mail; the answer's status and body. */
    static Response submit(String base, String posting, String submissionKey, String email, byte[] pdf, byte[] cv)
        throws IOException {
        String boundary = "----rekrut" + UUID.randomUUID();
        var head = new ByteArrayOutputStream();
        field(head, boundary, "submissionKey", submissionKey);
        field(head, boundary, "name", "Last Test");
        field(head, boundary, "email", email);
        field(head, boundary, "consent", "true");
        field(head, boundary, "consentVersion", "1");
        field(head, boundary, "medium", "jobnet");
        head.write(fileHeader(boundary, "application", "ansoegning.pdf", "application/pdf"));
        var tail = new ByteArrayOutputStream();
        tail.write("\r\n".getBytes(StandardCharsets.UTF_8));
        tail.write(fileHeader(boundary, "cv", "cv.txt", "text/plain"));
        tail.write(cv);
        tail.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Connection connection = CONNECTION.get();
        if (connection == null) {
            connection = new Connection(URI.create(base));
            CONNECTION.set(connection);
        }
        // The 1 MB PDF is shared, not copied per request, so the client spends its CPU on sending, not on building.
        return connection.post("/api/v1/postings/" + posting + "/applications",
            "multipart/form-data; boundary=" + boundary, List.of(head.toByteArray(), pdf, tail.toByteArray()));
    }

    /**
     * A minimal HTTP/1.1 client on one socket with keep-alive, sending a Content-Length as a browser does with a
     * form. Why not java.net.http: the client shares the two cores with the server, and java.net.http spent about
     * 4 ms of CPU per 1 MB request (40 % of a core at 90 requests/s), CPU that real applicants' browsers would
     * not take from the server.
     */
    static final AtomicInteger RETRIES = new AtomicInteger();

    static final class StaleConnection extends IOException {
        StaleConnection() {
            super("the connection was closed before a response");
        }
    }

    static final class Connection {
        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base) {
            this.base = base;
        }

        Response post(String path, String contentType, List<byte[]> body) throws IOException {
            boolean reused = socket != null;
            try {
                return send(path, contentType, body);
            } catch (StaleConnection e) {
                if (!reused) {
                    throw e;
                }
                // The server closed the kept-alive connection before it read this request (the race every
                // keep-alive client has). Safe to send again: the submission key makes a repeat a no-op.
                RETRIES.incrementAndGet();
                return send(path, contentType, body);
            }
        }

        private Response send(String path, String contentType, List<byte[]> body) throws IOException {
            try {
                if (socket == null) {
                    socket = new Socket(base.getHost(), base.getPort());
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(60_000);
                    in = new BufferedInputStream(socket.getInputStream(), 8192);
                    out = socket.getOutputStream();
                }
                long length = body.stream().mapToLong(b -> b.length).sum();
                out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                for (byte[] b : body) {
                    out.write(b);
                }
                out.flush();
                return readResponse();
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }

        /** The status and body (Content-Length, chunked, or up to the end of the connection). */
        private Response readResponse() throws IOException {
            String status = line();
            if (status == null) {
                throw new StaleConnection();
            }
            if (!status.startsWith("HTTP/1.1 ")) {
                throw new IOException("not an HTTP/1.1 response: " + status);
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closing = true;
                }
            }
            var body = new ByteArrayOutputStream();
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    body.write(in.readNBytes((int) size));
                    line();
                }
                for (String t = line(); t != null && !t.isEmpty(); t = line()) {
                    // trailers, dropped
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                in.transferTo(body);
                closing = true;
            }
            if (closing) {
                close();
            }
            return new Response(code, body.toString(StandardCharsets.UTF_8));
        }

        private long chunkSize() throws IOException {
            String l = line();
            if (l == null) {
                throw new IOException("the response ended inside a chunked body");
            }
            return Long.parseLong(l.split(";")[0].strip(), 16);
        }

        private String line() throws IOException {
            var sb = new StringBuilder();
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    int n = sb.length();
                    return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
                }
                sb.append((char) c);
            }
            return sb.isEmpty() ? null : sb.toString();
        }

        private void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    static byte[] fileHeader(String boundary, String name, String filename, String type) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
            + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static void field(ByteArrayOutputStream out, String boundary, String name, String value) throws IOException {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    }

    /** A valid one-page PDF padded with an unreferenced binary stream to the wanted size. */
    static byte[] pdf(int size) throws IOException {
        return pdf(size, "");
    }

    /** The same with a text on the page, e.g. to give each application different bytes. */
    static byte[] pdf(int size, String text) throws IOException {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        out.write("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
        String content = "BT /F1 12 Tf 72 720 Td (Ansoegning" + (text.isEmpty() ? "" : " " + text) + ") Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            out.write(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        byte[] padding = new byte[Math.max(0, size - out.size() - 400)];
        new Random(1).nextBytes(padding);
        offsets.add(out.size());
        out.write(("5 0 obj\n<< /Length " + padding.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(padding);
        out.write("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int xref = out.size();
        var sb = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int off : offsets) {
            sb.append(String.format("%010d 00000 n \n", off));
        }
        sb.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
    }
}
