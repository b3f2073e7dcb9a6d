package dk.rekrut.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.identity.DocumentKind;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The leak test (issue 5, first part): an anonymous case with applicants whose identities are distinctive; as
 * each committee role and as the hiring manager it follows every link reachable from the case and calls the
 * case API, and finds no identity anywhere, also HTML-escaped, URL-encoded or with changed spacing. After three
 * candidates are re-identified, exactly those three become visible.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymityLeakTest {

    record Person(String name, String email, String phone) {
        List<String> needles() {
            var out = new ArrayList<String>();
            out.add(name);
            out.add(email);
            out.add(email.substring(0, email.indexOf('@')));
            out.add(phone);
            out.add(phone.replaceAll("\\D", "").replaceFirst("^45", "")); // the national number in any spacing
            for (String part : name.split("[\\s-]+")) {
                if (part.length() >= 5) {
                    out.add(part);
                }
            }
            return out;
        }
    }

    static final List<Person> PEOPLE = List.of(
        new Person("Fatima Al-Hassan Zaytouni", "fatima.zaytouni@example.dk", "+45 21 43 65 87"),
        new Person("Søren Kirkegaard-Brøndum", "soeren.broendum@example.dk", "+45 31 42 53 64"),
        new Person("Nguyen Thi Thuy-Linh", "thuylinh.nguyen@example.dk", "+45 41 52 63 74"),
        new Person("Mohammed Abdirahman Warsame", "m.warsame@example.dk", "+45 51 62 73 84"),
        new Person("Ingeborg Thorvaldsdottir", "ingeborg.thor@example.dk", "+45 61 72 83 94"),
        new Person("Aleksandra Wiśniewska", "a.wisniewska@example.dk", "+45 71 82 93 14"));

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Applications applications;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;

    private ApplicationFixture.Posted posted;
    private final List<UUID> ids = new ArrayList<>();

    @BeforeAll
    void anonymousCaseWithApplicants() {
        posted = fixture.publish("Anonym konsulent " + UUID.randomUUID(), 10, true);
        var hr = fixture.hr();
        cases.attach(hr, posted.caseId(), actor("bedoemmelse").id(), TeamRole.CHAIR);
        cases.attach(hr, posted.caseId(), actor("ansaettelse").id(), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, posted.caseId(), actor("leder").id(), TeamRole.HIRING_MANAGER);
        for (Person p : PEOPLE) {
            var s = ApplicationFixtures.submission(posted, p.email());
            var submission = new Applications.Submission(s.postingId(), s.submissionKey(), p.name(), p.email(), p.phone(),
                "Distinktvej 7", "2200", "København N", true, 1, s.medium(), s.answerFields(), documentsOf(p), null,
                s.language(), s.linkBase());
            ids.add(applications.submit(submission).applicationId());
        }
    }

    @Test
    void theCommitteeAndTheHiringManagerFindNoIdentityAnywhere() throws Exception {
        for (String member : List.of("bedoemmelse", "ansaettelse", "leder")) {
            assertThat(crawl(member, PEOPLE)).as("identity reachable by " + member).isEmpty();
        }
    }

    @Test
    void afterReidentifyingThreeExactlyThoseThreeAreVisible() throws Exception {
        var hr = fixture.hr();
        var chair = actor("bedoemmelse");
        for (int i = 0; i < 3; i++) {
            applications.changeStatus(hr, ids.get(i), ApplicationStatus.SHORTLISTED);
            applications.reidentify(chair, ids.get(i));
        }
        for (String member : List.of("bedoemmelse", "ansaettelse", "leder")) {
            assertThat(crawl(member, PEOPLE.subList(3, PEOPLE.size()))).as("still anonymous, seen by " + member).isEmpty();
            // ... with their own files: the name is found inside the downloaded PDF and Word documents.
            assertThat(crawl(member, PEOPLE.subList(0, 3))).as("re-identified, seen by " + member)
                .anyMatch(f -> f.contains("/documents/"));
        }
    }

    @Test
    void theScannerItselfFindsEscapedEncodedAndRespacedLeaks() {
        var p = PEOPLE.getFirst();
        assertThat(leaks("<p>" + HtmlUtils.htmlEscape(p.name()) + "</p>", List.of(p))).isNotEmpty();
        assertThat(leaks("/x?q=" + URLEncoder.encode(p.email(), StandardCharsets.UTF_8), List.of(p))).isNotEmpty();
        assertThat(leaks("Ring 21 43 65 87", List.of(p))).isNotEmpty();
        assertThat(leaks("F A T I M A  Z A Y T O U N I", List.of(p))).isNotEmpty();
        assertThat(leaks("K-1234, 4 af 5", List.of(p))).isEmpty();
    }

    /** An application letter (PDF) and a CV (DOCX) that name the applicant, as applicants' own files do. */
    private static List<Applications.Upload> documentsOf(Person p) {
        return List.of(
            new Applications.Upload(DocumentKind.APPLICATION, p.name() + " - ansøgning.pdf",
                TestDocuments.pdf("Ansøgning. Med venlig hilsen " + p.name() + ", " + p.email())),
            new Applications.Upload(DocumentKind.CV, "CV.docx",
                TestDocuments.docx("Curriculum vitae. " + p.name() + ". Telefon " + p.phone())));
    }

    /** The text a response carries: a downloaded PDF or Word file as its extracted text, anything else as is. */
    private static String textOf(MockHttpServletResponse res) throws Exception {
        byte[] bytes = res.getContentAsByteArray();
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (var doc = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            }
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
                 var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
                return text.getText();
            }
        }
        return res.getContentAsString();
    }

    /** Follows every link and GET form from the case as this user; returns what identity it found where. */
    private List<String> crawl(String username, List<Person> people) throws Exception {
        var u = directory.userByUsername(username).orElseThrow();
        var auth = user(username).authorities(new SimpleGrantedAuthority(Role.valueOf(u.role().name()).authority()));
        String root = "/cases/" + posted.caseId();
        var queue = new ArrayDeque<String>(List.of(root, root + "/candidates", root + "/publication", root + "/questions",
            "/cases", "/api/v1/cases/" + posted.caseId(), "/api/v1/cases"));
        for (UUID id : ids) {
            queue.add(root + "/candidates/" + id); // also every candidate by id, as a copied link would be
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> findings = new ArrayList<>();
        var link = Pattern.compile("(?:href|action|hx-get|src)=\"(/[^\"#]*)\"");
        while (!queue.isEmpty() && seen.size() < 400) {
            String url = HtmlUtils.htmlUnescape(queue.poll());
            if (!seen.add(url) || url.startsWith("/logout") || url.startsWith("/webjars") || url.startsWith("/css")
                || url.startsWith("/js")) {
                continue;
            }
            var res = mvc.perform(get(url).with(auth)).andReturn().getResponse();
            res.setCharacterEncoding("UTF-8");
            String body = textOf(res);
            String headers = res.getHeaderNames().stream().map(h -> h + ": " + res.getHeaders(h)).reduce("", String::concat);
            for (String leak : leaks(body + "\n" + headers + "\n" + url, people)) {
                findings.add(url + " -> " + leak);
            }
            var m = link.matcher(body);
            while (m.find()) {
                String next = m.group(1);
                if (next.startsWith(root) || next.startsWith("/api/v1/cases")) {
                    queue.add(next);
                }
            }
        }
        return findings;
    }

    private static List<String> leaks(String content, List<Person> people) {
        String raw = content;
        String unescaped = HtmlUtils.htmlUnescape(content);
        String decoded = urlDecoded(unescaped);
        String squashed = squash(decoded);
        List<String> found = new ArrayList<>();
        for (Person p : people) {
            for (String needle : p.needles()) {
                if (raw.contains(needle) || unescaped.contains(needle) || decoded.contains(needle)
                    || squashed.contains(squash(needle))) {
                    found.add(needle);
                }
            }
        }
        return found;
    }

    /** URL-decoded where it is URL encoding; a lone "%" in a text (e.g. "50 %") is left as it is. */
    private static String urlDecoded(String s) {
        var m = Pattern.compile("(%[0-9A-Fa-f]{2})+").matcher(s.replace("+", "%2B"));
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(URLDecoder.decode(m.group(), StandardCharsets.UTF_8)));
        }
        return m.appendTail(out).toString();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

}
