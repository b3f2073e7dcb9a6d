package dk.rekrut.correspondence;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code rekrut.mail.transport=smtp} sends through Spring's JavaMailSender (host, port, TLS and credentials from
 * {@code spring.mail.*}, sender from {@code rekrut.mail.from}); the default {@code mailbox} keeps mail on the
 * machine: delivering only marks the message sent, and administrators read it at /admin/mailbox.
 */
@Configuration(proxyBeanMethods = false)
class MailTransports {

    @Bean
    MailTransport mailTransport(MailProperties settings, ObjectProvider<JavaMailSender> sender) {
        String kind = settings.transport();
        return switch (kind.strip()) {
            case "mailbox" -> message -> { };
            case "smtp" -> {
                JavaMailSender mail = sender.getIfAvailable();
                if (mail == null) {
                    throw new IllegalStateException("rekrut.mail.transport=smtp needs spring.mail.host");
                }
                yield new SmtpTransport(mail, settings.from());
            }
            default -> throw new IllegalStateException("rekrut.mail.transport must be mailbox or smtp, not " + kind);
        };
    }

    /** Multipart/alternative (text + HTML) with attachments; the Message-ID is the outbox id, the same on a retry. */
    static final class SmtpTransport implements MailTransport {

        private final JavaMailSender mail;
        private final InternetAddress from;

        SmtpTransport(JavaMailSender mail, String from) {
            this.mail = mail;
            try {
                this.from = new InternetAddress(from, true);
            } catch (MessagingException e) {
                throw new IllegalStateException("rekrut.mail.from is not an e-mail address", e);
            }
        }

        @Override
        public void send(OutboxRepository.Message message) throws Exception {
            String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            String messageId = "<" + message.id() + "@" + domain + ">";
            Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : null;
            MimeMessage mime = session == null ? mail.createMimeMessage() : new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId); // stable across retries, so receivers can drop a duplicate
                }
            };
            var helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(message.recipient(), true));
            helper.setSubject(message.subject());
            helper.setText(message.text(), "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>"
                + HtmlUtils.htmlEscape(message.subject()) + "</title></head><body>" + message.html() + "</body></html>");
            if (message.listUnsubscribe() != null) {
                // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this URL
                mime.setHeader("List-Unsubscribe", "<" + message.listUnsubscribe() + ">");
                mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            for (var a : message.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            mail.send(mime);
        }
    }
}
