package dk.rekrut.correspondence;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A message to send. {@code causeKey} names why it is sent (e.g. "receipt:&lt;application&gt;"): the same cause
 * never produces two messages to the same recipient. {@code unsubscribeUrl}, if set, is an https/http link that
 * ends the recipient's subscription in one click; SMTP delivery sends it as List-Unsubscribe with
 * List-Unsubscribe-Post (RFC 8058).
 */
public record Letter(LetterKind kind, String causeKey, UUID applicationId, String recipientEmail, Locale language,
                     Map<String, String> placeholders, List<Attachment> attachments, String unsubscribeUrl) {

    public Letter(LetterKind kind, String causeKey, UUID applicationId, String recipientEmail, Locale language,
                  Map<String, String> placeholders, List<Attachment> attachments) {
        this(kind, causeKey, applicationId, recipientEmail, language, placeholders, attachments, null);
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    @Override
    public String toString() {
        return "Letter[" + kind + ", " + causeKey + "]"; // no recipient or content in logs
    }
}
