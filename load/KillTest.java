import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Crash test for review H4: is every application that got 201 still there after a {@code kill -9} of the server?
 * Two halves, driven by load/kill-test.sh:
 * <ul>
 *   <li>{@code submit base clients pdfKb maxSeconds acks.tsv}: clients submit applications (the HTTP client of
 *       {@link ApplicationLoad}) with unique e-mails and unique files until the server stops answering. Each 201 is
 *       written at once to acks.tsv with its candidate number and the SHA-256 of both files.</li>
 *   <li>{@code check jdbcUrl user filesDir acks.tsv crash|final}: every acknowledged application has its row, its
 *       e-mail, both documents with the same SHA-256 in the stored_file rows and on disk, and its RECEIPT in the
 *       outbox; every stored_file row has its bytes. After the crash, files without a row (orphans) are counted;
 *       in {@code final} (after the restart and the orphan sweep) there must be none. Exit status 1 on any loss.</li>
 * </ul>
 * Compiled together with ApplicationLoad.java (kill-test.sh does it); the check needs the JDBC driver on the class
 * path.
 */
public class KillTest {

    record Ack(String email, String candidateNumber, String pdfSha, String cvSha) {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "submit" -> System.exit(submit(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Path.of(args[5])));
            case "check" -> System.exit(check(args[1], args[2], Path.of(args[3]), Path.of(args[4]),
                "final".equals(args[5])));
            default -> throw new IllegalArgumentException("submit or check, not " + args[0]);
        }
    }

    // ---- submitting ---------------------------------------------------------------------------------------------

    static int submit(String base, int clients, int pdfKb, int maxSeconds, Path acks) throws Exception {
        String posting = ApplicationLoad.demoPosting(base);
        String run = UUID.randomUUID().toString().substring(0, 8);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var unanswered = new AtomicInteger();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        var candidateNumber = Pattern.compile("\"candidateNumber\":\"([^\"]+)\"");
        try (var out = new PrintWriter(Files.newBufferedWriter(acks, StandardCharsets.UTF_8))) {
            var threads = new ArrayList<Thread>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        String marker = "kill-" + run + "-" + client + "-" + i;
                        String email = marker + "@example.dk";
                        try {
                            byte[] pdf = ApplicationLoad.pdf(pdfKb * 1024, marker);
                            byte[] cv = ("CV " + marker + "\nErfaring: 10 år med data.\n").getBytes(StandardCharsets.UTF_8);
                            var answer = ApplicationLoad.submit(base, posting, UUID.randomUUID().toString(), email, pdf, cv);
                            statuses.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                            if (answer.status() == 201) {
                                var m = candidateNumber.matcher(answer.body());
                                if (!m.find()) {
                                    throw new IllegalStateException("201 without a candidate number: " + answer.body());
                                }
                                synchronized (out) { // written and flushed before the next request: the record survives us
                                    out.printf("%s\t%s\t%s\t%s%n", email, m.group(1), sha256(pdf), sha256(cv));
                                    out.flush();
                                }
                            }
                        } catch (IOException e) {
                            // No answer: the server is gone (the kill) or the request was lost with it. Not acknowledged.
                            unanswered.incrementAndGet();
                            return;
                        }
                    }
                }));
            }
            for (var t : threads) {
                t.join();
            }
        }
        System.out.printf("submitted for %.1f s by %d clients, PDF %d KB: statuses %s, unanswered (in flight at the kill) %d%n",
            (System.nanoTime() - start) / 1e9, clients, pdfKb, new TreeMap<>(statuses), unanswered.get());
        return 0;
    }

    // ---- checking -----------------------------------------------------------------------------------------------

    static int check(String url, String user, Path files, Path acksFile, boolean last) throws Exception {
        List<Ack> acks = new ArrayList<>();
        for (String line : Files.readAllLines(acksFile)) {
            String[] f = line.split("\t");
            acks.add(new Ack(f[0], f[1], f[2], f[3]));
        }
        int lost = 0;
        int badDocuments = 0;
        int noReceipt = 0;
        try (Connection db = DriverManager.getConnection(url, user, "")) {
            for (Ack ack : acks) {
                UUID id = applicationId(db, ack);
                if (id == null) {
                    lost++;
                    System.out.println("LOST: " + ack.candidateNumber() + " (acknowledged with 201, no application row)");
                    continue;
                }
                String problem = documentsProblem(db, files, id, ack);
                if (problem != null) {
                    badDocuments++;
                    System.out.println("DOCUMENTS: " + ack.candidateNumber() + ": " + problem);
                }
                if (count(db, "SELECT COUNT(*) FROM outbox_message WHERE application_id = ? AND kind = 'RECEIPT'", id) != 1) {
                    noReceipt++;
                    System.out.println("RECEIPT: " + ack.candidateNumber() + " has no receipt in the outbox");
                }
            }
            Set<String> rows = new HashSet<>();
            try (var st = db.createStatement(); var rs = st.executeQuery("SELECT storage_key FROM stored_file")) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            Map<String, Path> onDisk = new HashMap<>();
            if (Files.isDirectory(files)) {
                try (Stream<Path> walk = Files.walk(files)) {
                    walk.filter(Files::isRegularFile).forEach(p -> onDisk.put(files.relativize(p).toString().replace('\\', '/'), p));
                }
            }
            int missing = (int) rows.stream().filter(k -> !onDisk.containsKey(k)).count();
            Set<String> ackedShas = new HashSet<>();
            acks.forEach(a -> { ackedShas.add(a.pdfSha()); ackedShas.add(a.cvSha()); });
            int orphans = 0;
            int orphansOfAcked = 0;
            for (var e : onDisk.entrySet()) {
                if (!rows.contains(e.getKey())) {
                    orphans++;
                    if (ackedShas.contains(sha256(Files.readAllBytes(e.getValue())))) {
                        orphansOfAcked++; // the bytes of an acknowledged application whose rows are gone
                    }
                }
            }
            System.out.printf("%s: acknowledged %d, lost %d, with wrong or missing documents %d, without receipt %d; "
                    + "files on disk %d, stored_file rows %d, rows without bytes %d, orphan files %d (of acknowledged applications %d)%n",
                last ? "after restart and sweep" : "after the kill", acks.size(), lost, badDocuments, noReceipt,
                onDisk.size(), rows.size(), missing, orphans, orphansOfAcked);
            boolean ok = lost == 0 && badDocuments == 0 && noReceipt == 0 && missing == 0 && (!last || orphans == 0);
            System.out.println(ok ? "PASS" : "FAIL");
            return ok ? 0 : 1;
        }
    }

    private static UUID applicationId(Connection db, Ack ack) throws SQLException {
        try (var ps = db.prepareStatement("""
                SELECT a.id FROM application a JOIN applicant_identity i ON i.candidate_id = a.id
                WHERE a.candidate_number = ? AND i.email = ?""")) {
            ps.setString(1, ack.candidateNumber());
            ps.setString(2, ack.email());
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
    }

    /** Null if the application has exactly its two files, with the acknowledged SHA-256 in the row and on disk. */
    private static String documentsProblem(Connection db, Path files, UUID id, Ack ack) throws Exception {
        List<String> rowShas = new ArrayList<>();
        try (var ps = db.prepareStatement("""
                SELECT f.sha256, f.storage_key FROM applicant_document d JOIN stored_file f ON f.id = d.stored_file_id
                WHERE d.candidate_id = ?""")) {
            ps.setObject(1, id);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    Path p = files.resolve(rs.getString(2));
                    if (!Files.isRegularFile(p)) {
                        return "file " + rs.getString(2) + " missing on disk";
                    }
                    String onDisk = sha256(Files.readAllBytes(p));
                    if (!onDisk.equals(rs.getString(1))) {
                        return "file " + rs.getString(2) + " on disk differs from its row";
                    }
                    rowShas.add(onDisk);
                }
            }
        }
        if (rowShas.size() != 2 || !new HashSet<>(rowShas).equals(Set.of(ack.pdfSha(), ack.cvSha()))) {
            return rowShas.size() + " documents, not the two that were sent";
        }
        return null;
    }

    private static long count(Connection db, String sql, UUID id) throws SQLException {
        try (var ps = db.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
