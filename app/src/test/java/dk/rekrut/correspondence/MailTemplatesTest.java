package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void placeholdersAreEscapedSoInputNeverBecomesMarkup() {
        var r = MailTemplates.render("Hej {{name}}", "<p>Kære {{name}}</p><p><a href=\"{{link}}\">{{link}}</a></p>",
            Map.of("name", "<script>alert(1)</script>", "link", "https://x.test/a?b=1&c=2"));
        assertThat(r.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(r.subject()).isEqualTo("Hej <script>alert(1)</script>"); // plain text header, not HTML
        assertThat(r.text()).contains("Kære <script>alert(1)</script>").contains("https://x.test/a?b=1&c=2");
    }

    @Test
    void templateMarkupIsSanitised() {
        var r = MailTemplates.render("S", "<p onclick=\"x()\">Hej</p><script>bad()</script>", Map.of());
        assertThat(r.html()).isEqualTo("<p>Hej</p>");
    }

    @Test
    void unknownPlaceholdersBecomeEmptyAndSubjectsStayOnOneLine() {
        var r = MailTemplates.render("{{title}}", "<p>{{nothing}}</p>", Map.of("title", "a\nBcc: evil@x"));
        assertThat(r.subject()).doesNotContain("\n");
        assertThat(r.html()).isEqualTo("<p></p>");
    }

    @Test
    void everyKindHasDanishAndEnglishDefaults() {
        for (LetterKind kind : LetterKind.values()) {
            for (String lang : MailTemplates.LANGUAGES) {
                var t = DefaultTemplates.of(kind, lang);
                assertThat(t.subject()).isNotBlank();
                assertThat(t.bodyHtml()).isNotBlank();
            }
        }
        assertThat(DefaultTemplates.of(LetterKind.RECEIPT, "da").bodyHtml()).contains("{{link}}");
        assertThat(DefaultTemplates.of(LetterKind.RECEIPT, "en").bodyHtml()).contains("{{link}}");
    }
}
