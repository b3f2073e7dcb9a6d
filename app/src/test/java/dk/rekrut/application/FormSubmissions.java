package dk.rekrut.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dk.rekrut.identity.DocumentKind;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A valid application to the fixture's case, as form fields or as a service call. */
public final class FormSubmissions {

    /** Where the test profile's file store keeps files (rekrut.storage.path in application-test.properties). */
    public static final Path STORE = Path.of("target", "test-files");

    private FormSubmissions() {
    }

    public static Map<String, String> answers(ApplicationFixture.Posted p) {
        var a = new LinkedHashMap<String, String>();
        a.put(p.question(QuestionKind.YES_NO).field(), "yes");
        a.put(p.question(QuestionKind.FREE_TEXT).field(), "Fordi jeg elsker data.");
        var single = p.question(QuestionKind.SINGLE_CHOICE);
        a.put(single.field(), single.options().getFirst().id().toString());
        var multiple = p.question(QuestionKind.MULTIPLE_CHOICE);
        a.put(multiple.field(), multiple.options().get(2).id().toString());
        var prio = p.question(QuestionKind.PRIORITISED);
        a.put(prio.field() + "-" + prio.options().get(0).id(), "3");
        a.put(prio.field() + "-" + prio.options().get(1).id(), "1");
        a.put(prio.field() + "-" + prio.options().get(2).id(), "2");
        var cls = p.question(QuestionKind.CLASSIFIED);
        a.put(cls.field() + "-" + cls.options().get(0).id(), "2");
        a.put(cls.field() + "-" + cls.options().get(1).id(), "0");
        return a;
    }

    public static MockMultipartHttpServletRequestBuilder fill(MockMultipartHttpServletRequestBuilder b, ApplicationFixture.Posted p,
                                                       String key) {
        return fill(b, p, key, Map.of());
    }

    /**
     * Fills a valid application; {@code overrides} replace fields (value null removes one) and
     * {@code files} replace the default application letter (PDF) and CV (DOCX) by part name.
     */
    public static MockMultipartHttpServletRequestBuilder fill(MockMultipartHttpServletRequestBuilder b, ApplicationFixture.Posted p,
                                                       String key, Map<String, String> overrides,
                                                       MockMultipartFile... files) {
        var parts = new LinkedHashMap<String, MockMultipartFile>();
        parts.put("application", new MockMultipartFile("application", "ansoegning.pdf", "application/pdf",
            TestDocuments.pdf("Ansøgning")));
        parts.put("cv", new MockMultipartFile("cv", "cv.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docx("CV")));
        for (var f : files) {
            parts.put(f.getName(), f);
        }
        parts.values().forEach(b::file);
        var fields = new LinkedHashMap<String, String>();
        fields.put("submissionKey", key);
        fields.put("name", "Test Ansøger");
        fields.put("email", "test.ansoeger@example.dk");
        fields.put("phone", "+45 12 34 56 78");
        fields.put("consent", "true");
        fields.put("consentVersion", "1");
        fields.put("medium", "jobnet");
        fields.putAll(answers(p));
        fields.putAll(overrides);
        fields.forEach((k, v) -> {
            if (v != null) {
                b.param(k, v);
            }
        });
        return b;
    }

    public static Submissions.Submission valid(ApplicationFixture.Posted p, String key) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers(p).forEach((k, v) -> answers.put(k, List.of(v)));
        return new Submissions.Submission(p.postingId(), key,
            new Submissions.Applicant("Test Ansøger", "test.ansoeger@example.dk", null), Submissions.Consent.to(1),
            new Submissions.FormAnswers(answers),
            new Submissions.Enclosures(List.of(new Submissions.Upload(DocumentKind.APPLICATION, "a.pdf", TestDocuments.pdf("Ansøgning")),
                new Submissions.Upload(DocumentKind.CV, "cv.docx", TestDocuments.docx("CV")))),
            new Submissions.Channel("jobnet", Locale.forLanguageTag("da"), "http://localhost"));
    }

    public static long filesOnDisk() {
        if (!Files.exists(STORE)) {
            return 0;
        }
        try (var files = Files.walk(STORE)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
