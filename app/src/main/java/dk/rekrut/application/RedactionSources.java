package dk.rekrut.application;

import dk.rekrut.storage.DetectedType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.identity.IdentityAccess;
import org.springframework.stereotype.Service;

/**
 * What redaction needs from an application, for the anonymisation module, which must not depend on identity: the
 * applicant's own form data (the known values to remove), the bytes of an original upload, and the free-text
 * answers. Every identity read goes through {@link IdentityAccess} and is audited with the reason given. The records
 * here are plain values without identity types; their {@code toString} never prints the content.
 */
@Service
public class RedactionSources {

    /** The applicant's own form data. */
    public record KnownValues(String fullName, String email, String phone, String street, String postalCode,
                              String town, LocalDate birthDate) {
        @Override
        public String toString() {
            return "KnownValues[redacted]";
        }
    }

    /** An original upload: its declared kind, the media type detected from its content, and its bytes. No file name. */
    public record Original(UUID documentId, String kind, String mediaType, byte[] content) {
        @Override
        public String toString() {
            return "Original[" + documentId + ", " + kind + ", " + mediaType + "]";
        }
    }

    private final IdentityAccess identities;
    private final ApplicationRepository repository;
    private final ScreeningQuestions questions;

    RedactionSources(IdentityAccess identities, ApplicationRepository repository, ScreeningQuestions questions) {
        this.identities = identities;
        this.repository = repository;
        this.questions = questions;
    }

    public Optional<KnownValues> knownValues(UUID applicationId, String reason) {
        return identities.reveal(applicationId, reason).map(i -> new KnownValues(i.fullName(), i.email(), i.phone(),
            i.street(), i.postalCode(), i.town(), i.birthDate()));
    }

    /** Empty when the document is gone (e.g. the applicant withdrew and the originals were erased). */
    public Optional<Original> original(UUID applicationId, UUID documentId, String reason) {
        return identities.openDocument(applicationId, documentId, reason)
            .map(d -> new Original(d.document().id(), d.document().kind().name(), mediaType(d.document().detectedType()),
                d.content()));
    }

    /** The answers to the case's free-text questions, by question id, in the questions' order. */
    public Map<UUID, String> freeTextAnswers(UUID applicationId) {
        var a = repository.find(applicationId).orElse(null);
        var out = new LinkedHashMap<UUID, String>();
        if (a == null) {
            return out;
        }
        for (var q : questions.forCase(a.caseId())) {
            String answer = a.answers().get(q.id());
            if (q.kind() == QuestionKind.FREE_TEXT && answer != null && !answer.isBlank()) {
                out.put(q.id(), answer);
            }
        }
        return out;
    }

    /** The stored detected type is the extension ({@code pdf}, {@code docx}, ...); the engine sniffs the bytes anyway. */
    private static String mediaType(String detectedType) {
        for (var t : DetectedType.values()) {
            if (t.extension().equals(detectedType)) {
                return t.contentType();
            }
        }
        return "application/octet-stream";
    }
}
