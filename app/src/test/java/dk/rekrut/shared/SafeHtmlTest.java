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

    /** What Word (Microsoft 365, Windows) puts on the clipboard for a heading, a paragraph and two lists. */
    private static final String FROM_WORD = """
        <h2 style='mso-margin-top-alt:auto'><span lang=DA>Om stillingen<o:p></o:p></span></h2>
        <p class=MsoNormal>Vi søger en <b style='mso-bidi-font-weight:normal'>sygeplejerske</b>.<o:p></o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
        <span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>\
        &nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Erfaring med akutmodtagelse<o:p></o:p></p>
        <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;\
        mso-list:l0 level2 lfo1'><!--[if !supportLists]--><span style='font-family:"Courier New"'>\
        <span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span>\
        <!--[endif]-->gerne med traume<o:p></o:p></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>\
        <span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span></span>\
        <![endif]>Dansk autorisation<o:p></o:p></p>
        <p class=MsoNormal>Vi tilbyder:</p>
        <p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]>\
        <span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>Gode kolleger<o:p></o:p></p>
        """;

    @Test
    void aTextPastedFromWordKeepsItsHeadingsParagraphsEmphasisAndNestedLists() {
        String clean = SafeHtml.sanitise(FROM_WORD).replaceAll(">\\s+<", "><").strip();
        assertThat(clean).isEqualTo("<h2>Om stillingen</h2><p>Vi søger en <b>sygeplejerske</b>.</p>"
            + "<ul><li>Erfaring med akutmodtagelse<ul><li>gerne med traume</li></ul></li><li>Dansk autorisation</li></ul>"
            + "<p>Vi tilbyder:</p><ol><li>Gode kolleger</li></ol>");
    }

    @Test
    void nullIsEmpty() {
        assertThat(SafeHtml.sanitise(null)).isEmpty();
    }
}
