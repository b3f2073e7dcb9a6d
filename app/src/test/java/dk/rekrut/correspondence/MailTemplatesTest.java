package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rendering, escaping and sanitising of e-mail templates, without Spring. */
class MailTemplatesTest {

    @Test
    void thePlainTextIsTheSameAsFromTheSentHtml() {
        // render() reads the text from its clean tree; it must equal what the HTML that is sent reads as.
        var values = Map.of("name", "Anna & <Bo>  \"O'Brien\"", "title", "Analytiker\nTo linjer", "institution", "R&K",
            "candidateNumber", "K-7", "link", "https://rekrut.test/a?x=1&y=2", "reason", "  mellemrum  \t og tab ",
            "body", "Linje 1\n\nLinje 3 <i>ikke kursiv</i>", "deadline", "2026-12-24", "postings", "<ul><li>x</li></ul>");
        for (LetterKind kind : LetterKind.values()) {
            for (String language : MailTemplates.LANGUAGES) {
                var t = DefaultTemplates.of(kind, language);
                var r = MailTemplates.render(t.subject(), t.bodyHtml(), values);
                assertThat(r.text()).as("%s/%s", kind, language).isEqualTo(MailTemplates.text(r.html()));
            }
        }
        var custom = MailTemplates.render("S", "<h2>Hej {{name}}</h2><ol><li>{{title}}</li><li><b>fed</b> og "
            + "<a href=\"{{link}}\">link</a></li></ol><table><tr><td>{{reason}}</td></tr></table><pre>a\n  b</pre>", values);
        assertThat(custom.text()).isEqualTo(MailTemplates.text(custom.html()));
    }

    @Test
    void placeholdersAreEscapedSoInputNeverBecomesMarkup() {
        var r = MailTemplates.render("Hej {{name}}", "<p>Kære {{name}}</p>",
            Map.of("name", "<script>alert(1)</script><b>Bo</b>"));
        assertThat(r.html()).doesNotContain("<script>").doesNotContain("<b>")
            .contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;Bo&lt;/b&gt;");
        assertThat(r.subject()).isEqualTo("Hej <script>alert(1)</script><b>Bo</b>"); // a plain-text header, not HTML
        assertThat(r.text()).isEqualTo("Kære <script>alert(1)</script><b>Bo</b>");
    }

    @Test
    void aValueCannotBreakOutOfAnAttributeNorBecomeAScriptLink() {
        String template = "<p><a href=\"{{link}}\" title=\"{{name}}\">Se ansøgningen</a></p>";
        var breakout = MailTemplates.render("S", template,
            Map.of("link", "https://x.test/a", "name", "\" onmouseover=\"alert(1)"));
        assertThat(breakout.html()).doesNotContain("onmouseover=\"").contains("href=\"https://x.test/a\"");
        var script = MailTemplates.render("S", template, Map.of("link", "javascript:alert(1)", "name", "x"));
        assertThat(script.html()).doesNotContain("javascript").doesNotContain("href");
    }

    @Test
    void onlyWebAndMailtoLinksSurviveHoweverTheyAreWritten() {
        String template = "<p><a href=\"{{link}}\">her</a></p>";
        for (String kept : new String[] {"https://x.test/a b", "HTTPS://X.TEST/", "http://x.test/", "mailto:hr@x.test",
            "MailTo:hr@x.test"}) {
            assertThat(MailTemplates.render("S", template, Map.of("link", kept)).html()).as(kept).contains("href=");
        }
        for (String dropped : new String[] {"javascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "JaVaScRiPt:alert(1)", "data:text/html,x", "/relative", "x.test", "https:/x", "//x.test/",
            // jsoup's own check resolves a link first, which drops these prefixes and characters; the mail would not
            "url:https://x.test/", "ht\u0001tps://x.test/", "https://x.test/\u0001a"}) {
            assertThat(MailTemplates.render("S", template, Map.of("link", dropped)).html()).as(dropped)
                .doesNotContain("href");
        }
        // Written into the template itself, not through a placeholder (entities are decoded before the check).
        assertThat(MailTemplates.render("S", "<a href=\"ht&#1;tps://x.test/\">z</a>", Map.of()).html()).isEqualTo("<a>z</a>");
        assertThat(MailTemplates.render("S", "<a href=\"&#106;avascript:alert(1)\">x</a>"
            + "<a href=\"https&#58;//x.test/\">y</a>", Map.of()).html())
            .isEqualTo("<a>x</a><a href=\"https://x.test/\">y</a>");
    }

    @Test
    void theReceiptLinkStaysALinkAndIsWrittenOutInThePlainText() {
        var t = DefaultTemplates.of(LetterKind.RECEIPT, "da");
        var r = MailTemplates.render(t.subject(), t.bodyHtml(), Map.of("name", "Anna", "title", "Analytiker",
            "institution", "Rekrut Kommune", "candidateNumber", "K-7", "link", "https://rekrut.test/my-application/abc?x=1&y=2"));
        assertThat(r.subject()).isEqualTo("Kvittering: din ansøgning om Analytiker");
        assertThat(r.html()).contains("<a href=\"https://rekrut.test/my-application/abc?x=1&amp;y=2\">");
        assertThat(r.text()).contains("Kære Anna").contains("https://rekrut.test/my-application/abc?x=1&y=2")
            .contains("K-7").doesNotContain("<").doesNotContain("{{");
    }

    @Test
    void plainTextKeepsParagraphsLineBreaksListsAndLinkTargets() {
        var r = MailTemplates.render("S",
            "<p>Kære {{name}}</p><p>Linje 1<br>Linje 2</p><ul><li>En</li><li>To</li></ul>"
                + "<p><a href=\"{{link}}\">dit link</a></p>",
            Map.of("name", "Bo", "link", "https://r.test/x"));
        assertThat(r.text()).isEqualTo("Kære Bo\n\nLinje 1\nLinje 2\n\n- En\n- To\n\ndit link (https://r.test/x)");
    }

    @Test
    void multiLineValuesKeepTheirLineBreaks() {
        var r = MailTemplates.render("S", "<p>{{body}}</p>", Map.of("body", "Første linje\nAnden <linje>"));
        assertThat(r.html()).isEqualTo("<p>Første linje<br>Anden &lt;linje&gt;</p>");
        assertThat(r.text()).isEqualTo("Første linje\nAnden <linje>");
    }

    @Test
    void templateMarkupIsSanitisedButPlaceholderLinksSurvive() {
        assertThat(MailTemplates.sanitiseTemplate("<p onclick=\"x()\">Hej</p><script>bad()</script><img src=x>"))
            .isEqualTo("<p>Hej</p>");
        assertThat(MailTemplates.sanitiseTemplate("<p><a href=\"{{link}}\" onclick=\"x()\">{{ link }}</a></p>"))
            .isEqualTo("<p><a href=\"{{link}}\">{{link}}</a></p>");
        assertThat(MailTemplates.sanitiseTemplate("<a href=\"javascript:bad()\">x</a>")).isEqualTo("<a>x</a>");
    }

    @Test
    void unknownPlaceholdersBecomeEmptyAndSubjectsStayOnOneLine() {
        var r = MailTemplates.render("{{title}}", "<p>{{nothing}}</p>", Map.of("title", "a\r\nBcc: evil@x"));
        assertThat(r.subject()).doesNotContain("\n").doesNotContain("\r").isEqualTo("a Bcc: evil@x");
        assertThat(r.html()).isEqualTo("<p></p>");
    }

    @Test
    void everyKindHasDanishAndEnglishDefaultsThatRenderCompletely() {
        for (LetterKind kind : LetterKind.values()) {
            for (String lang : MailTemplates.LANGUAGES) {
                var t = DefaultTemplates.of(kind, lang);
                assertThat(t.subject()).as("%s/%s", kind, lang).isNotBlank();
                assertThat(t.bodyHtml()).as("%s/%s", kind, lang).isNotBlank();
                assertThat(MailTemplates.sanitiseTemplate(t.bodyHtml())).as("defaults are already safe").isEqualTo(t.bodyHtml());
                var r = MailTemplates.render(t.subject(), t.bodyHtml(), Correspondence.sample(lang));
                assertThat(r.subject() + r.html() + r.text()).as("%s/%s", kind, lang).doesNotContain("{{");
            }
        }
        assertThat(DefaultTemplates.of(LetterKind.RECEIPT, "da").bodyHtml()).contains("href=\"{{link}}\"");
        assertThat(DefaultTemplates.of(LetterKind.RECEIPT, "en").bodyHtml()).contains("href=\"{{link}}\"");
        assertThat(DefaultTemplates.of(LetterKind.RECEIPT, "en").subject()).startsWith("Receipt");
    }

    @Test
    void lettersInAnythingButEnglishUseDanish() {
        assertThat(MailTemplates.language(Locale.ENGLISH)).isEqualTo("en");
        assertThat(MailTemplates.language(Locale.forLanguageTag("en-GB"))).isEqualTo("en");
        assertThat(MailTemplates.language(Locale.forLanguageTag("da"))).isEqualTo("da");
        assertThat(MailTemplates.language(Locale.GERMAN)).isEqualTo("da");
        assertThat(MailTemplates.language(null)).isEqualTo("da");
    }
}
