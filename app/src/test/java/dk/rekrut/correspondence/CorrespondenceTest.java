package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.rekrut.shared.RuleViolation;
import dk.rekrut.support.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.RekrutTest;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox in the caller's transaction, uniqueness per recipient and cause, the correspondence log, template
 * editing by the communications role and the administrators' mailbox, on the shared context (mailbox transport).
 */
@RekrutTest
class CorrespondenceTest {

    @Autowired Correspondence correspondence;
    @Autowired MutableClock clock;
    @Autowired MailTemplates templates;
    @Autowired OutboxWorker worker;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @AfterEach
    void defaultTemplates() {
        jdbc.sql("DELETE FROM mail_template").update(); // other tests expect the standard wording
        templates.forgetSaved();
    }

    /** Issue 7: the communications role cannot write a job agent e-mail without its one-click unsubscribe link. */
    @Test
    void aJobAgentTemplateMustKeepItsUnsubscribeLinkAndItsPostings() {
        Assertions.assertThatThrownBy(() -> templates.save(LetterKind.JOB_AGENT_DIGEST, "da", "Nye job",
                "<p>{{postings}}</p>"))
            .isInstanceOf(RuleViolation.class).hasMessage("error.template.unsubscribe");
        Assertions.assertThatThrownBy(() -> templates.save(LetterKind.JOB_AGENT_DIGEST, "da", "Nye job",
                "<p>Afmeld: <a href=\"{{unsubscribe}}\">her</a></p>"))
            .isInstanceOf(RuleViolation.class).hasMessage("error.template.postings");
        var saved = templates.save(LetterKind.JOB_AGENT_DIGEST, "da", "Nye job",
            "<p>{{postings}}</p><p>Afmeld: <a href=\"{{unsubscribe}}\">her</a></p>");
        Assertions.assertThat(saved.bodyHtml()).contains("href=\"{{unsubscribe}}\"");
        templates.save(LetterKind.RECEIPT, "da", "Kvittering", "<p>Tak</p>"); // other kinds have no such rule
    }

    @Test
    void aLetterIsQueuedInTheCallersTransactionAndGoesWithItsRollback() {
        UUID committed = UUID.randomUUID();
        UUID rolledBack = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(committed, "commit@example.dk")));
        tx.executeWithoutResult(s -> {
            correspondence.send(receipt(rolledBack, "rollback@example.dk"));
            s.setRollbackOnly();
        });
        assertThat(correspondence.log(committed)).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(LetterKind.RECEIPT);
            assertThat(m.recipient()).isEqualTo("commit@example.dk");
            assertThat(m.subject()).isEqualTo("Kvittering: din ansøgning om Analytiker");
            assertThat(m.status()).isEqualTo(SentMessage.Status.QUEUED);
            assertThat(m.sentAt()).isNull();
            assertThat(m.createdAt()).isNotNull();
        });
        assertThat(correspondence.log(rolledBack)).isEmpty();
    }

    @Test
    void theSameCauseToTheSamePersonIsQueuedOnceWithoutHarmingTheCallersTransaction() {
        UUID application = UUID.randomUUID();
        String cause = "receipt:" + application;
        tx.executeWithoutResult(s -> {
            correspondence.send(receipt(application, "dup@example.dk"));
            correspondence.send(receipt(application, " DUP@Example.dk"));
            // The caller's transaction is still usable (on PostgreSQL a failed statement would abort it).
            assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE cause_key = ?").param(cause)
                .query(Integer.class).single()).isEqualTo(1);
        });
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "dup@example.dk")));
        assertThat(correspondence.log(application)).hasSize(1);

        // Another recipient for the same cause, or another cause for the same recipient, is a new message.
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "other@example.dk")));
        tx.executeWithoutResult(s -> correspondence.send(new Letter(LetterKind.REJECTION, "rejection:" + application,
            application, "dup@example.dk", Locale.forLanguageTag("da"), Map.of("title", "Analytiker"), List.of())));
        assertThat(correspondence.log(application)).hasSize(3)
            .extracting(SentMessage::kind).containsExactlyInAnyOrder(LetterKind.RECEIPT, LetterKind.RECEIPT, LetterKind.REJECTION);
    }

    @Test
    void theMailboxTransportDeliversLocallyAndTheLogSaysSo() {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "local@example.dk")));
        while (worker.deliverDue() > 0) {
            // deliver everything due
        }
        assertThat(correspondence.log(application)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(SentMessage.Status.SENT);
            assertThat(m.sentAt()).isNotNull();
            assertThat(m.bodyText()).contains("https://rekrut.test/my-application/abc");
        });
    }

    @Test
    void englishLettersUseTheEnglishTemplate() {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(new Letter(LetterKind.RECEIPT, "receipt:" + application, application,
            "en@example.dk", Locale.ENGLISH, Map.of("title", "Analyst"), null)));
        assertThat(correspondence.log(application)).singleElement()
            .satisfies(m -> assertThat(m.subject()).isEqualTo("Receipt: your application for Analyst"));
    }

    @Test
    void lettersWithoutCauseOrRecipientAreRefused() {
        UUID application = UUID.randomUUID();
        assertThatThrownBy(() -> correspondence.send(new Letter(LetterKind.RECEIPT, " ", application, "a@example.dk",
            Locale.ENGLISH, Map.of(), List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> correspondence.send(new Letter(LetterKind.RECEIPT, "x:" + application, application,
            "a@example.dk\r\nBcc: b@example.dk", Locale.ENGLISH, Map.of(), List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> correspondence.send(new Letter(LetterKind.RECEIPT, "x:" + application, application,
            "a@example.dk", Locale.ENGLISH, Map.of(), List.of(new Letter.Attachment("big.pdf", "application/pdf",
                new byte[Correspondence.MAX_ATTACHMENT_BYTES + 1]))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(correspondence.log(application)).isEmpty();
    }

    @Test
    void theCommunicationsRoleEditsATemplateWithAPreviewAndLettersUseIt() throws Exception {
        String list = mvc.perform(get("/content/mail-templates").with(as(Role.COMMUNICATIONS)))
            .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/content/mail-templates/RECEIPT/da").contains("/content/mail-templates/FREE_TEXT/en")
            .contains("Kvittering: din ansøgning om {{title}}");

        var edit = mvc.perform(get("/content/mail-templates/RECEIPT/da").with(as(Role.COMMUNICATIONS))).andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(200);
        assertThat(edit.getContentAsString()).contains("hx-post=\"/content/mail-templates/RECEIPT/da/preview\"")
            .contains("Kære Jens Hansen"); // the preview with sample values

        var preview = mvc.perform(post("/content/mail-templates/RECEIPT/da/preview").with(as(Role.COMMUNICATIONS)).with(csrf())
                .param("subject", "Tak, {{name}}").param("bodyHtml", "<p onclick=\"x()\">Hej {{name}}, <a href=\"{{link}}\">se her</a></p><script>x()</script>"))
            .andReturn().getResponse();
        assertThat(preview.getStatus()).isEqualTo(200);
        assertThat(preview.getContentAsString()).contains("Tak, Jens Hansen").contains("Hej Jens Hansen")
            .contains("href=\"https://rekrut.example/my-application/eksempel\"").doesNotContain("onclick").doesNotContain("<script")
            .doesNotContain("<html"); // a fragment for htmx
        assertThat(templates.get(LetterKind.RECEIPT, "da").customised()).as("preview saves nothing").isFalse();

        var saved = mvc.perform(post("/content/mail-templates/RECEIPT/da").with(as(Role.COMMUNICATIONS)).with(csrf())
                .param("subject", "Tak for din ansøgning, {{name}}")
                .param("bodyHtml", "<p onclick=\"x()\">Hej {{name}}</p><p><a href=\"{{link}}\">Din ansøgning</a></p><script>x()</script>"))
            .andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/content/mail-templates/RECEIPT/da?saved");
        var t = templates.get(LetterKind.RECEIPT, "da");
        assertThat(t.customised()).isTrue();
        assertThat(t.bodyHtml()).isEqualTo("<p>Hej {{name}}</p><p><a href=\"{{link}}\">Din ansøgning</a></p>");
        assertThat(templates.get(LetterKind.RECEIPT, "en").customised()).isFalse();

        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "custom@example.dk")));
        assertThat(correspondence.log(application)).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Tak for din ansøgning, Anna <b>Test</b>");
            assertThat(m.bodyHtml()).isEqualTo("<p>Hej Anna &lt;b&gt;Test&lt;/b&gt;</p>"
                + "<p><a href=\"https://rekrut.test/my-application/abc\">Din ansøgning</a></p>");
            assertThat(m.bodyText()).isEqualTo("Hej Anna <b>Test</b>\n\nDin ansøgning (https://rekrut.test/my-application/abc)");
        });
    }

    @Test
    void anEmptyTemplateIsRefusedWithAMessageAndUnknownTemplatesAreNotFound() throws Exception {
        var r = mvc.perform(post("/content/mail-templates/OFFER/en").with(as(Role.COMMUNICATIONS)).with(csrf())
            .param("subject", "Offer").param("bodyHtml", "<script>only()</script>")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("class=\"notice error\"");
        assertThat(templates.get(LetterKind.OFFER, "en").customised()).isFalse();
        assertThat(mvc.perform(get("/content/mail-templates/NOPE/da").with(as(Role.COMMUNICATIONS))).andReturn().getResponse()
            .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/content/mail-templates/RECEIPT/de").with(as(Role.COMMUNICATIONS))).andReturn().getResponse()
            .getStatus()).isEqualTo(404);
    }

    @Test
    void administratorsReadTheMailbox() throws Exception {
        UUID application = UUID.randomUUID();
        // The mailbox lists the 200 newest messages; the test clock stands still, so without a step this one would tie
        // with every message the shared context has made at the same instant and might not be among them.
        clock.advance(Duration.ofMinutes(1));
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "postkasse@example.dk")));
        UUID id = correspondence.log(application).getFirst().id();
        String list = mvc.perform(get("/admin/mailbox").with(as(Role.ADMINISTRATOR))).andReturn().getResponse()
            .getContentAsString();
        assertThat(list).contains("postkasse@example.dk").contains("/admin/mailbox/" + id);
        var one = mvc.perform(get("/admin/mailbox/" + id).with(as(Role.ADMINISTRATOR))).andReturn().getResponse();
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(one.getContentAsString()).contains("Kvittering: din ansøgning om Analytiker")
            .contains("Anna &lt;b&gt;Test&lt;/b&gt;").contains("https://rekrut.test/my-application/abc")
            .doesNotContain("<b>Test</b>");
        assertThat(mvc.perform(get("/admin/mailbox/" + UUID.randomUUID()).with(as(Role.ADMINISTRATOR))).andReturn()
            .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/admin/mailbox/" + id).with(as(Role.COMMUNICATIONS))).andReturn()
            .getResponse().getStatus()).isEqualTo(403);
    }

    private static RequestPostProcessor as(Role role) {
        String username = role == Role.ADMINISTRATOR ? "admin" : "kommunikation";
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private static Letter receipt(UUID application, String to) {
        return new Letter(LetterKind.RECEIPT, "receipt:" + application, application, to, Locale.forLanguageTag("da"),
            Map.of("name", "Anna <b>Test</b>", "title", "Analytiker", "link", "https://rekrut.test/my-application/abc",
                "institution", "Rekrut", "candidateNumber", "K-1234"), List.of());
    }
}
