package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsTheStructureAWriterUses() {
        String html = "<h2>Om stillingen</h2><p>Vi søger en <strong>sygeplejerske</strong>.</p>"
            + "<ul><li>Erfaring</li></ul><p><a href=\"https://example.dk/job\">Læs mere</a> "
            + "<a href=\"mailto:hr@example.dk\">Skriv</a></p>";
        assertThat(SafeHtml.sanitise(html)).isEqualTo(html);
    }

    @Test
    void removesScriptsHandlersImagesAndEveryLinkThatIsNotAnAbsoluteWebOrMailLink() {
        String dirty = "<p onclick=\"x()\">a<script>alert(1)</script><img src=\"https://e.dk/p.png\" onerror=\"y()\">"
            + "<a href=\"javascript:alert(1)\">j</a><a href=\"data:text/html,x\">d</a><a href=\"url:https://e.dk\">u</a>"
            + "<a href=\"/relative\">r</a><a href=\"https://e.dk/\u0001x\">c</a><style>p{}</style></p>";
        String clean = SafeHtml.sanitise(dirty);
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "img", "javascript", "data:", "url:", "relative",
            "style", "\u0001");
        assertThat(clean).isEqualTo("<p>a<a>j</a><a>d</a><a>u</a><a>r</a><a>c</a></p>");
    }

    @Test
    void nullIsEmpty() {
        assertThat(SafeHtml.sanitise(null)).isEmpty();
    }
}
