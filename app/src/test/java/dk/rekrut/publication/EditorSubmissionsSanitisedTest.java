package dk.rekrut.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * New-user review, problem 3: the rich-text editors post HTML, and the server's allow-list ({@code SafeHtml}) stays
 * the boundary. What an editor submits (its own markup, with a script, a style sheet, inline styles, event handlers
 * and a javascript: link that a hand-made request or a paste could add) is stored and shown with its headings, lists
 * and emphasis and without the rest: the posting on the public page, the paste-cleaning answers of the posting editor
 * and of the communications role's editors, and a layout.
 */
@RekrutTest
class EditorSubmissionsSanitisedTest {

    /** The editor's markup (contenteditable's innerHTML) with what must never get through. */
    static final String SUBMITTED = """
        <h2>Om jobbet</h2><p>Vi tilbyder <b>gode kolleger</b> og <i>fleksibel arbejdstid</i>.</p>\
        <ul><li>Frokostordning</li><li onclick="steal()">Kantine</li></ul><ol><li>Ansøg</li></ol>\
        <script>steal()</script><style>p { background: url(https://evil.example/) }</style>\
        <p style="color:red" onmouseover="steal()">Farvet</p><img src="https://evil.example/x.png" onerror="steal()">\
        <a href="javascript:steal()">Klik</a><a href="https://example.dk/om" onfocus="steal()">Om os</a>""";

    /** Attribute names of event handlers, the elements and the scheme that must be gone. */
    static final Pattern FORBIDDEN = Pattern.compile("(?i)<script|<style|<img|\\son[a-z]+=|style=|javascript:|steal\\(");

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired OrganisationDirectory directory;

    @Test
    void thePostingEditorsTextIsStoredAndShownWithItsListsAndWithoutScriptsStylesOrHandlers() throws Exception {
        var posted = fixture.publish("Editor renses " + UUID.randomUUID(), 10, false);
        var staff = new StaffRequests(mvc, directory);
        String root = "/cases/" + posted.caseId();

        var saved = staff.send(post(root + "/posting").param("introHtml", SUBMITTED).with(csrf()), "hr.udvidet");
        assertThat(saved.getStatus()).isEqualTo(302);

        var res = mvc.perform(get("/jobs/" + posted.postingId())).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).isEqualTo(200);
        String page = res.getContentAsString();
        assertKeptAndCleaned(part(page, ".posting-text"));
        assertThat(page).doesNotContain("steal(");

        // Back in the editor (the textarea it reads) it is the cleaned text, HTML-escaped in the textarea.
        String editor = staff.page(root + "/posting", "hr.udvidet");
        var area = Pattern.compile("(?s)<textarea id=\"introHtml\"[^>]*>(.*?)</textarea>").matcher(editor);
        assertThat(area.find()).isTrue();
        assertKeptAndCleaned(HtmlUtils.htmlUnescape(area.group(1)));

        // The paste cleaning the editor asks for before it inserts: the same allow-list.
        var pasted = staff.send(post(root + "/posting/clean").param("html", SUBMITTED).with(csrf()), "hr.udvidet");
        assertThat(pasted.getStatus()).isEqualTo(200);
        assertKeptAndCleaned(pasted.getContentAsString());
    }

    @Test
    void theCommunicationsRolesEditorsCleanPastesAndLayoutsTheSameWayAndOnlyForThatRole() throws Exception {
        var staff = new StaffRequests(mvc, directory);
        var pasted = staff.send(post("/content/clean").param("html", SUBMITTED).with(csrf()), "kommunikation");
        assertThat(pasted.getStatus()).isEqualTo(200);
        assertThat(pasted.getContentType()).startsWith("text/html");
        assertKeptAndCleaned(pasted.getContentAsString());
        assertThat(staff.send(post("/content/clean").param("html", SUBMITTED).with(csrf()), "hr.udvidet").getStatus())
            .isEqualTo(403);
        assertThat(staff.send(post("/content/clean").param("html", SUBMITTED), "kommunikation").getStatus())
            .as("no CSRF token").isEqualTo(403);

        String name = "Renset layout " + UUID.randomUUID();
        var saved = staff.send(post("/content/layouts").param("name", name).param("headerHtml", SUBMITTED)
            .param("footerHtml", SUBMITTED).with(csrf()), "kommunikation");
        assertThat(saved.getStatus()).isEqualTo(302);
        String page = staff.page(saved.getRedirectedUrl().replace("?saved", ""), "kommunikation");
        assertKeptAndCleaned(part(page, ".posting-text.preview"));
    }

    private static void assertKeptAndCleaned(String html) {
        assertThat(html).contains("<h2>Om jobbet</h2>", "<b>gode kolleger</b>", "<i>fleksibel arbejdstid</i>",
            "<li>Frokostordning</li><li>Kantine</li>", "<ol><li>Ansøg</li></ol>", "<p>Farvet</p>",
            "<a href=\"https://example.dk/om\"", ">Om os</a>");
        assertThat(FORBIDDEN.matcher(html).find()).as("forbidden markup in %s", html).isFalse();
    }

    /** The inner HTML of the page's element {@code selector}, as the browser would build it. */
    private static String part(String page, String selector) {
        var doc = Jsoup.parse(page);
        doc.outputSettings().prettyPrint(false);
        var element = doc.selectFirst(selector);
        assertThat(element).as(selector).isNotNull();
        return element.html();
    }
}
