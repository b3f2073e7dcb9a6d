package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 21, acceptance 2: every page reachable by every demo user (crawled from the start page by following GET
 * links) in Danish and in English has no missing message key and no text of the other language. "Text of the other
 * language" is a message value of the other bundle that this bundle does not have, of at least two words and 12
 * characters (shorter ones, like "Status" or "Layout", are the same word in both languages). Text people wrote (a
 * posting, a case title) is in the language they wrote it in, and is not checked.
 */
@RekrutTest
class LanguageTest {

    private static final Map<String, Role> USERS = Map.ofEntries(
        Map.entry("admin", Role.ADMINISTRATOR), Map.entry("kommunikation", Role.COMMUNICATIONS),
        Map.entry("hr.udvidet", Role.HR_EXTENDED), Map.entry("hr.sag", Role.HR_CASE_HANDLING),
        Map.entry("hr.begraenset", Role.HR_LIMITED), Map.entry("leder", Role.HIRING_MANAGER),
        Map.entry("bedoemmelse", Role.ASSESSMENT_COMMITTEE), Map.entry("ansaettelse", Role.HIRING_COMMITTEE),
        Map.entry("udvalg", Role.ASSESSMENT_COMMITTEE), Map.entry("sekretaer", Role.ADMIN_SUPPORT),
        Map.entry("hr.buf", Role.HR_EXTENDED), Map.entry("jobkonsulent", Role.JOB_CONSULTANT),
        Map.entry("jobcenterchef", Role.JOBCENTRE_MANAGER), Map.entry("analytiker", Role.ANALYST));
    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern SKIP = Pattern.compile(
        "^/(api|v3|feeds|webjars|css|js|logout|h2)\\b|\\.(csv|ics|pdf|json|xml|txt|png|ico)(\\?|$)|/documents/|/redacted/|/cv$|/file$|/export$");
    private static final int PAGES_PER_USER = 80;

    @Autowired MockMvc mvc;

    @Test
    void everyPageOfEveryDemoUserIsInOneLanguage() throws Exception {
        var da = load("messages_da.properties");
        var en = load("messages_en.properties");
        var englishOnly = onlyIn(en, da);
        var danishOnly = onlyIn(da, en);
        assertThat(englishOnly).hasSizeGreaterThan(100);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (var u : USERS.entrySet()) {
            for (String lang : List.of("da", "en")) {
                var foreign = lang.equals("da") ? englishOnly : danishOnly;
                for (var page : crawl(u.getKey(), u.getValue(), lang).entrySet()) {
                    pages++;
                    if (page.getKey().startsWith("/content/mail-templates")) {
                        continue; // the letter templates of both languages, shown as what they are: data, by design
                    }
                    String text = visibleText(page.getValue(), lang);
                    if (page.getValue().contains("??")) {
                        var m = Pattern.compile("\\?\\?[^?\\s]+\\?\\?").matcher(page.getValue());
                        if (m.find()) {
                            problems.add(lang + " " + page.getKey() + " as " + u.getKey() + ": missing key " + m.group());
                        }
                    }
                    for (String value : foreign) {
                        if (text.contains(value)) {
                            problems.add(lang + " " + page.getKey() + " as " + u.getKey() + ": \"" + value + "\"");
                        }
                    }
                }
            }
        }
        assertThat(pages).as("pages crawled").isGreaterThan(100);
        assertThat(new TreeSet<>(problems)).as("pages with the other language or a missing key").isEmpty();
    }

    /** The pages a user reaches from the start page by GET links, in one language: address to HTML. */
    private Map<String, String> crawl(String username, Role role, String lang) throws Exception {
        RequestPostProcessor as = user(username).authorities(new SimpleGrantedAuthority(role.authority()));
        var seen = new LinkedHashSet<String>();
        var pages = new java.util.LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>(List.of("/start", "/jobs"));
        while (!queue.isEmpty() && pages.size() < PAGES_PER_USER) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            var response = mvc.perform(get(path).with(as).cookie(new Cookie("rekrut-lang", lang))).andReturn().getResponse();
            if (response.getRedirectedUrl() != null && response.getRedirectedUrl().startsWith("/")) {
                queue.addFirst(response.getRedirectedUrl());
                continue;
            }
            if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
                continue;
            }
            String html = response.getContentAsString(StandardCharsets.UTF_8);
            pages.put(path, html);
            var links = HREF.matcher(html);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (!SKIP.matcher(link).find() && !link.contains("lang=")) {
                    queue.add(link);
                }
            }
        }
        return pages;
    }

    /** The page's text and the attributes people read (labels for screen readers, placeholders, titles). */
    private static String visibleText(String page, String lang) {
        // A part marked as the other language (a letter in its recipient's language, WCAG 3.1.2) is that language's.
        String html = page.replaceAll("(?s)<(\\w+)\\b[^>]*\\blang=\"" + (lang.equals("da") ? "en" : "da")
            + "\"[^>]*>.*?</\\1>", " ");
        var attributes = new StringBuilder();
        var m = Pattern.compile("(?:aria-label|title|placeholder|alt|value)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            attributes.append(' ').append(m.group(1));
        }
        String body = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
            .replaceAll("<[^>]+>", " ");
        return (body + attributes).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'")
            .replaceAll("\\s+", " ");
    }

    /** Message values of one bundle, of at least two words and 12 characters, that the other does not have. */
    private static Set<String> onlyIn(Properties one, Properties other) {
        var otherValues = new TreeSet<String>();
        other.stringPropertyNames().forEach(k -> otherValues.add(literal(other.getProperty(k))));
        var out = new TreeSet<String>();
        for (String k : one.stringPropertyNames()) {
            // A value with placeholders counts by its pieces between them, and only long ones: a short piece such as
            // "timer om ugen" of "{0} timer om ugen" is also what people write in a posting's own (Danish) text.
            String value = literal(one.getProperty(k));
            boolean whole = !value.contains("{");
            for (String piece : whole ? new String[] {value} : value.split("\\{[^}]*}|[|#<]")) {
                String p = piece.strip();
                if (p.length() >= (whole ? 12 : 20) && p.contains(" ") && otherValues.stream().noneMatch(v -> v.contains(p))) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static String literal(String value) {
        return value.replace("''", "'");
    }

    private static Properties load(String name) throws IOException {
        var p = new Properties();
        try (var in = LanguageTest.class.getClassLoader().getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
