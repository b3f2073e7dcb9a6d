import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Benchmark for issue 4, acceptance 5: latency of the candidate list (with filters and sorting) and of the chair's
 * overview of all ratings on a case with many applications. Logs in as demo users through the login form (a
 * real session cookie), warms up, then requests each page sequentially and reports p50/p95/max.
 * Run with a JDK 21+ (single-file source launch):
 *   java load/AssessmentLoad.java http://localhost:18080 caseId [requests=200] [password]
 * See load/assessment.sh for the whole run (fresh PostgreSQL, 2,000 seeded applications).
 */
public class AssessmentLoad {

    record Page(String user, String path, long targetMs) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String caseId = args[1];
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        String password = args.length > 3 ? args[3] : "rekrut-demo-2026";
        List<Page> pages = List.of(
            new Page("hr.udvidet", "/cases/" + caseId + "/candidates", 250),
            new Page("hr.udvidet", "/cases/" + caseId + "/candidates?status=RECEIVED&sort=rating", 250),
            new Page("ansaettelse", "/cases/" + caseId + "/candidates?status=IN_SCREENING&sort=number", 250),
            new Page("bedoemmelse", "/cases/" + caseId + "/candidates?sort=rank", 250),
            new Page("hr.udvidet", "/cases/" + caseId + "/candidates?sort=rating&page=10", 250),
            new Page("bedoemmelse", "/cases/" + caseId + "/ratings", 500),
            new Page("bedoemmelse", "/cases/" + caseId + "/ratings?page=15", 500));
        boolean allMet = true;
        System.out.printf("%-12s %-60s %6s %6s %6s %6s %8s%n", "user", "page", "p50", "p95", "max", "target", "bytes");
        for (Page p : pages) {
            HttpClient http = login(base, p.user(), password);
            int size = 0;
            for (int i = 0; i < 20; i++) { // warm-up: JIT, pools, caches
                size = get(http, base + p.path()).length();
            }
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                get(http, base + p.path());
                ms.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(ms);
            long p50 = ms.get(ms.size() / 2);
            long p95 = ms.get((int) Math.ceil(ms.size() * 0.95) - 1);
            boolean met = p95 <= p.targetMs();
            allMet &= met;
            System.out.printf("%-12s %-60s %6d %6d %6d %6d %8d %s%n", p.user(), p.path().replace(caseId, "{case}"), p50, p95,
                ms.getLast(), p.targetMs(), size, met ? "ok" : "MISSED");
        }
        System.out.println(allMet ? "all p95 targets met" : "some p95 targets missed");
    }

    private static HttpClient login(String base, String user, String password) throws Exception {
        var cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
        String form = get(http, base + "/login");
        var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        var res = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String location = res.headers().firstValue("Location").orElse("");
        if (res.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed for " + user + ": " + res.statusCode() + " " + location);
        }
        return http;
    }

    private static String get(HttpClient http, String url) throws Exception {
        var res = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + res.statusCode());
        }
        return res.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
