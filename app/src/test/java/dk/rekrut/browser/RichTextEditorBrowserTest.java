package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.rekrut.application.ApplicationFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * New-user review, problem 3: the rich-text editor. HTML copied from a web page (a list, a numbered list, bold and
 * italics, between a script, a style sheet, an image with an event handler and a javascript: link) is pasted into the
 * posting editor, saved, and the public posting shows the lists and emphasis and none of the rest. The communications
 * role writes a layout and a letter template with the same editor, from the toolbar and by keyboard alone; axe finds
 * nothing serious on either page.
 */
class RichTextEditorBrowserTest extends BrowserSuite {

    /** What a browser puts on the clipboard when a part of a web page is copied, with what must never be stored. */
    static final String FROM_A_WEB_PAGE = """
        <meta charset="utf-8"><style>li { color: red }</style><div style="font-family: Arial">\
        <p style="margin:0">Vi tilbyder <b>gode kolleger</b> og <i>fleksibel arbejdstid</i>.</p>\
        <ul style="list-style: square"><li><span style="color:#333">Frokostordning</span></li>\
        <li onclick="steal()">Kantine</li></ul>\
        <ol><li>Ansøg</li><li>Samtale</li></ol>\
        <script>steal()</script><img src="https://evil.example/x.png" onerror="steal()">\
        <a href="javascript:steal()">Klik her</a></div>""";

    @Autowired ApplicationFixture fixture;

    @Test
    void aListPastedIntoThePostingEditorIsSavedAndShownOnThePublicPostingWithoutTheRest() {
        var posted = fixture.publish("Editor i browseren " + UUID.randomUUID(), 10, false);
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, "hr.udvidet");
            page.navigate(url("/cases/" + posted.caseId() + "/posting"));
            Locator editor = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Indledning til opslaget"));
            editor.click();
            page.keyboard().press("Control+A");
            page.keyboard().press("Delete");
            paste(editor, FROM_A_WEB_PAGE, "Vi tilbyder gode kolleger");
            editor.locator("ol > li").nth(1).waitFor();
            // The editor shows what will be stored: the lists and emphasis, nothing else.
            assertThat(editor.locator("ul > li").allTextContents()).containsExactly("Frokostordning", "Kantine");
            assertThat(editor.innerHTML()).doesNotContain("style", "steal", "onclick", "<img", "<script", "javascript:");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");

            page.navigate(url("/jobs/" + posted.postingId()));
            Locator text = page.locator(".posting-text");
            assertThat(text.locator("ul > li").allTextContents()).containsExactly("Frokostordning", "Kantine");
            assertThat(text.locator("ol > li").allTextContents()).containsExactly("Ansøg", "Samtale");
            assertThat(text.locator("b, strong").first().textContent()).isEqualTo("gode kolleger");
            assertThat(text.locator("i, em").first().textContent()).isEqualTo("fleksibel arbejdstid");
            assertThat(text.innerHTML()).doesNotContain("style", "steal", "onclick", "onerror", "<img", "javascript:");
            assertThat(page.content()).doesNotContain("steal()");
        }
    }

    @Test
    void theCommunicationsRoleWritesALayoutAndALetterTemplateWithTheEditorByKeyboard() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, "kommunikation");
            page.navigate(url("/content/layouts/new"));
            String name = "Layout fra editoren " + UUID.randomUUID();
            page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill(name);
            Locator header = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Top").setExact(true));
            header.click();
            page.keyboard().type("Om os");
            // The toolbar by keyboard alone: one tab stop from the box back to it, arrow keys between its buttons.
            page.keyboard().press("Shift+Tab");
            Locator toolbar = page.getByRole(AriaRole.TOOLBAR).first();
            assertThat(toolbar.locator("button:focus").textContent()).isEqualTo("Overskrift");
            page.keyboard().press("Enter");
            assertThat(header.locator("h2").textContent()).isEqualTo("Om os");
            header.press("End");
            header.press("Enter");
            paste(header, "<p>Vi er:</p><ul><li>Åbne</li><li>Ordentlige</li></ul><p style='color:red' onmouseover='x()'>Tak</p>",
                "Vi er: Åbne Ordentlige Tak");
            header.locator("ul > li").nth(1).waitFor();
            Locator footer = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Bund").setExact(true));
            footer.click();
            page.keyboard().type("Skriv til os");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
            Locator preview = page.locator(".posting-text.preview");
            assertThat(preview.locator("h2").first().textContent()).isEqualTo("Om os");
            assertThat(preview.locator("ul > li").allTextContents()).containsExactly("Åbne", "Ordentlige");
            assertThat(preview.innerHTML()).doesNotContain("style=", "onmouseover").contains("Skriv til os");
            problems.addAll(seriousViolations(page, "the layout editor"));

            // A letter template: the text in the editor, made bold from the toolbar; the live preview follows it.
            page.navigate(url("/content/mail-templates"));
            page.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Kvittering")).first().click();
            Locator body = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Brevets tekst"));
            assertThat(body.innerHTML()).contains("{{");
            body.click();
            page.keyboard().press("Control+End");
            page.keyboard().press("Enter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fed")).click();
            page.keyboard().type("Venlig hilsen HR");
            page.locator("#preview strong, #preview b").filter(new Locator.FilterOptions().setHasText("Venlig hilsen HR"))
                .first().waitFor();
            problems.addAll(seriousViolations(page, "the letter template editor"));
        }
        assertThat(problems).isEmpty();
    }

    /** A paste as the browser delivers it: the clipboard's HTML and its plain text. */
    private static void paste(Locator editor, String html, String text) {
        editor.evaluate("""
            (box, data) => {
              const clip = new DataTransfer();
              clip.setData('text/html', data[0]);
              clip.setData('text/plain', data[1]);
              box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clip, bubbles: true, cancelable: true }));
            }""", List.of(html, text));
    }

    private BrowserContext context() {
        BrowserContext context = browser.newContext(danish().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }
}
