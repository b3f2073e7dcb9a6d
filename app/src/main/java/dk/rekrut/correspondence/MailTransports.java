package dk.rekrut.correspondence;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** {@code rekrut.mail.transport=smtp} sends through spring.mail.*; the default "mailbox" only marks as delivered. */
@Configuration(proxyBeanMethods = false)
class MailTransports {

    @Bean
    MailTransport mailTransport(@Value("${rekrut.mail.transport:mailbox}") String kind,
                                @Value("${rekrut.mail.from:noreply@rekrut.local}") String from,
                                ObjectProvider<JavaMailSender> sender) {
        if (!"smtp".equals(kind)) {
            return message -> { }; // visible to administrators at /admin/mailbox
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("rekrut.mail.transport=smtp needs spring.mail.host");
        }
        return message -> {
            MimeMessage mime = mail.createMimeMessage();
            var helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.text(), "<html><body>" + message.html() + "</body></html>");
            for (var a : message.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            mime.setHeader("Message-ID", "<" + message.id() + "@rekrut>");
            mail.send(mime);
        };
    }
}
