package dk.rekrut.application.form;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Submissions;
import dk.rekrut.identity.DocumentKind;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/** Turns the form's (and the API's) multipart request into a {@link Submissions.Submission}: one binding for both. */
final class ApplicationRequests {

    private ApplicationRequests() {
    }

    static Submissions.Submission submission(UUID postingId, MultiValueMap<String, String> p, MultipartFile application,
                                              MultipartFile cv, List<MultipartFile> diplomas, List<MultipartFile> other,
                                              MultipartFile video, Locale locale, String linkBase) throws IOException {
        return submission(postingId, p, application, cv, diplomas, other, video, locale, linkBase, List.of());
    }

    /** With the files the form held from an earlier try ({@link PendingUploads}), which new files of a kind replace. */
    static Submissions.Submission submission(UUID postingId, MultiValueMap<String, String> p, MultipartFile application,
                                              MultipartFile cv, List<MultipartFile> diplomas, List<MultipartFile> other,
                                              MultipartFile video, Locale locale, String linkBase,
                                              List<Submissions.Upload> held) throws IOException {
        List<Submissions.Upload> uploads = new ArrayList<>();
        add(uploads, DocumentKind.APPLICATION, application);
        add(uploads, DocumentKind.CV, cv);
        if (diplomas != null) {
            for (var f : diplomas) {
                add(uploads, DocumentKind.DIPLOMA, f);
            }
        }
        if (other != null) {
            for (var f : other) {
                add(uploads, DocumentKind.OTHER, f);
            }
        }
        add(uploads, DocumentKind.VIDEO, video);
        Map<String, List<String>> answers = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("q-")) {
                answers.put(k, v);
            }
        });
        Integer consentVersion;
        try {
            consentVersion = p.getFirst("consentVersion") == null ? null : Integer.valueOf(p.getFirst("consentVersion"));
        } catch (NumberFormatException e) {
            consentVersion = null;
        }
        return new Submissions.Submission(postingId, p.getFirst("submissionKey"),
            new Submissions.Applicant(p.getFirst("name"), p.getFirst("email"), p.getFirst("phone"), p.getFirst("street"),
                p.getFirst("postalCode"), p.getFirst("town")),
            new Submissions.Consent("true".equals(p.getFirst("consent")) || "on".equals(p.getFirst("consent")), consentVersion),
            new Submissions.FormAnswers(answers, "yes".equals(p.getFirst("preferentialAccess")), p.getFirst("employedHere")),
            new Submissions.Enclosures(PendingUploads.merge(held, uploads), p.getFirst("videoLink")),
            new Submissions.Channel(p.getFirst("medium"), locale, linkBase));
    }

    private static void add(List<Submissions.Upload> uploads, DocumentKind kind, MultipartFile f) throws IOException {
        if (f != null && !f.isEmpty()) {
            uploads.add(new Submissions.Upload(kind, f.getOriginalFilename(), f.getBytes()));
        }
    }
}
