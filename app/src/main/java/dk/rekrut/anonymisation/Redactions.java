package dk.rekrut.anonymisation;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.RedactionSources;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.storage.FileStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published API of anonymisation. Committee-facing code asks what it may show ({@link #visibleDocuments},
 * {@link #answers}, {@link #rendition}); HR reviews, adds redactions by hand, releases and re-runs. Every
 * method checks the case and the role itself.
 */
@Service
public class Redactions {

    /** A redacted rendition to download; the file name holds the candidate number and the document's number only. */
    public record Rendition(String fileName, byte[] pdf) {
    }

    /** A piece of the original text; {@code label} is the engine's label when the piece is a finding, else null. */
    public record Segment(String text, String label, String reason, boolean given) {
        /**
         * HR may leave a finding alone unless it is one of the applicant's known values (or propagated from one) or a
         * value HR added: {@code given}, from the engine's typed {@code Span.Origin}.
         */
        public boolean keepable() {
            return label != null && !given;
        }
    }

    /** What HR sees of one document: the original with its findings beside the redacted rendition's text. */
    public record DocumentReview(RedactedDocument document, List<Segment> original, String renditionText, int findings) {
        /** The distinct texts of findings HR may leave alone, for the "keep" buttons. */
        public List<String> keepable() {
            return original.stream().filter(Segment::keepable).map(Segment::text).map(String::strip).distinct().toList();
        }
    }

    public record AnswerReview(String question, String original, String redacted) {
    }

    public record Addition(UUID id, String text, String type) {
        public boolean kept() {
            return RedactionItemRepository.KEEP.equals(type);
        }
    }

    /** {@code answersWhy}: why the answers were withheld, when they were (see {@link RedactedDocument#why()}). */
    public record Review(Application application, List<DocumentReview> documents, RedactionState answersState,
                         List<AnswerReview> answers, List<Addition> additions, List<RedactedDocument.Why> answersWhy) {
    }

    private final RedactionItemRepository items;
    private final ApplicantEngine applicants;
    private final RedactionSources sources;
    private final Applications applications;
    private final ApplicantViews applicantViews;
    private final ScreeningQuestions questions;
    private final CaseAccess access;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    Redactions(RedactionItemRepository items, ApplicantEngine applicants, RedactionSources sources, Applications applications,
               ApplicantViews applicantViews, ScreeningQuestions questions, CaseAccess access, FileStore files,
               AuditLog audit, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.items = items;
        this.applicants = applicants;
        this.sources = sources;
        this.applications = applications;
        this.applicantViews = applicantViews;
        this.questions = questions;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The documents this user may know about: none in an ordinary case (nothing is redacted there); all with their
     * state for HR handling the case; only RELEASED ones for everyone else (committee, chair, hiring manager).
     */
    public List<RedactedDocument> visibleDocuments(CurrentUser user, RecruitmentCase c, UUID applicationId) {
        if (!c.anonymous()) {
            return List.of();
        }
        boolean hr = access.canManage(user, c);
        return items.forApplication(applicationId).stream().filter(i -> i.number() > 0 && i.caseId().equals(c.id()))
            .filter(i -> hr || i.state() == RedactionState.RELEASED).map(RedactionItemRepository.Item::view).toList();
    }

    /**
     * The one door to candidates' screening answers for every view of the case team (candidate page, horizontal
     * review, and any view to come): the answers of {@code applicationIds} to the questions {@code asked}, in words,
     * by candidate and question id ("" where not answered). Whoever may know who applied (HR handling the case, the
     * team of an ordinary case or of a re-identified candidate) reads them as given. Everyone else reads a free-text
     * answer only as redacted, once redaction of the candidate's answers is done, and a placeholder while it is
     * pending, withheld or failed: never the original. Answers chosen from the case's own options stay as they are.
     */
    public Map<UUID, Map<UUID, String>> answers(CurrentUser user, RecruitmentCase c, Collection<UUID> applicationIds,
                                                List<ScreeningQuestion> asked, Locale locale) {
        access.requireView(user, c.id());
        var given = questions.answersInWords(c.id(), applicationIds, asked, Map.of(
            "yes", messages.getMessage("common.yes", null, locale), "no", messages.getMessage("common.no", null, locale)));
        var mayIdentify = applicantViews.mayIdentify(user, c);
        var anonymous = applicationIds.stream().filter(mayIdentify.negate()).toList();
        var redacted = anonymous.isEmpty() ? Map.<UUID, Map<UUID, String>>of() : items.redactedAnswers(c.id(), anonymous);
        String pending = messages.getMessage("candidate.answer.pending", null, locale);
        var out = new LinkedHashMap<UUID, Map<UUID, String>>();
        for (UUID id : applicationIds) {
            var original = given.getOrDefault(id, Map.of());
            var done = redacted.get(id);
            var shown = new LinkedHashMap<UUID, String>();
            for (var q : asked) {
                String answer = original.get(q.id());
                if (answer != null && q.kind() == QuestionKind.FREE_TEXT && !mayIdentify.test(id)) {
                    answer = done == null ? pending : done.getOrDefault(q.id(), pending);
                }
                shown.put(q.id(), answer == null ? "" : answer);
            }
            out.put(id, shown);
        }
        return out;
    }

    /** The rendition of document {@code number}: RELEASED for the case team, any that has one for HR. Else 404. */
    public Rendition rendition(CurrentUser user, UUID caseId, UUID applicationId, int number) {
        var c = access.requireView(user, caseId);
        var a = application(caseId, applicationId);
        var item = items.find(applicationId, number).filter(i -> c.anonymous() && number > 0 && i.renditionFileId() != null)
            .filter(i -> i.state() == RedactionState.RELEASED || access.canManage(user, c) && i.state().hasRendition())
            .orElseThrow(() -> new NotFoundException("rendition"));
        return new Rendition("Dokument-" + a.candidateNumber() + "-" + number + ".pdf", files.read(item.renditionFileId()));
    }

    @Transactional
    public void release(CurrentUser user, UUID caseId, UUID applicationId, int number) {
        access.requireManage(user, caseId);
        application(caseId, applicationId);
        var item = items.find(applicationId, number).filter(i -> i.number() > 0)
            .orElseThrow(() -> new NotFoundException("rendition"));
        if (!item.state().releasable() || !items.release(item.id(), user.username(), clock.instant())) {
            throw new RuleViolation("error.redaction.not-releasable");
        }
        audit.record(AuditAction.REDACTION_RELEASED, "Application", applicationId, "document " + number);
    }

    /**
     * HR releases, in one step, every document of the applicant the engine finished without doubt (DONE); documents
     * it flagged for review (NEEDS_REVIEW) are still released one by one. Returns how many were released.
     */
    @Transactional
    public int releaseDone(CurrentUser user, UUID caseId, UUID applicationId) {
        access.requireManage(user, caseId);
        application(caseId, applicationId);
        int released = 0;
        for (var item : items.forApplication(applicationId)) {
            if (item.number() > 0 && item.state() == RedactionState.DONE
                && items.release(item.id(), user.username(), clock.instant())) {
                audit.record(AuditAction.REDACTION_RELEASED, "Application", applicationId, "document " + item.number());
                released++;
            }
        }
        return released;
    }

    /** HR adds a value to redact for this applicant; all of the applicant's items are redacted again. */
    @Transactional
    public void addValue(CurrentUser user, UUID caseId, UUID applicationId, String text, SpanType type) {
        var c = access.requireManage(user, caseId);
        application(caseId, applicationId);
        String value = text == null ? "" : text.strip();
        if (!c.anonymous() || value.length() < 2 || value.length() > 200) {
            throw new RuleViolation("error.redaction.addition");
        }
        items.addAddition(applicationId, value, (type == null ? SpanType.NAME : type).name(), user.username(), clock.instant());
        items.resetApplication(applicationId);
        audit.record(AuditAction.REDACTION_CHANGED, "Application", applicationId, "value added by hand; redaction re-run");
    }

    /**
     * HR confirms a finding as a false positive: the text is left alone in this applicant's items from now on
     * (never a known value: the engine refuses those), and the items are redacted again.
     */
    @Transactional
    public void keep(CurrentUser user, UUID caseId, UUID applicationId, String text) {
        var c = access.requireManage(user, caseId);
        application(caseId, applicationId);
        String value = text == null ? "" : text.strip();
        if (!c.anonymous() || value.isEmpty() || value.length() > 200) {
            throw new RuleViolation("error.redaction.addition");
        }
        items.addAddition(applicationId, value, RedactionItemRepository.KEEP, user.username(), clock.instant());
        items.resetApplication(applicationId);
        audit.record(AuditAction.REDACTION_CHANGED, "Application", applicationId, "false positive kept; redaction re-run");
    }

    /** HR takes back a hand-added value or a kept false positive; the applicant's items are redacted again. */
    @Transactional
    public void removeAddition(CurrentUser user, UUID caseId, UUID applicationId, UUID additionId) {
        access.requireManage(user, caseId);
        application(caseId, applicationId);
        if (additionId == null || !items.removeAddition(applicationId, additionId)) {
            throw new RuleViolation("error.redaction.addition-missing");
        }
        items.resetApplication(applicationId);
        audit.record(AuditAction.REDACTION_CHANGED, "Application", applicationId, "hand-made change taken back; redaction re-run");
    }

    /** Re-runs the redaction of a whole case (e.g. after an engine upgrade); released documents need a new release. */
    @Transactional
    public int rerun(CurrentUser user, UUID caseId) {
        access.requireManage(user, caseId);
        int n = items.resetCase(caseId);
        audit.record(AuditAction.REDACTION_CHANGED, "Case", caseId, "re-run of " + n + " item(s)");
        return n;
    }

    /** Per candidate number: the candidate's items, for HR's overview of a case. */
    public Map<Application, List<RedactedDocument>> overview(CurrentUser user, UUID caseId) {
        access.requireManage(user, caseId);
        var byApplication = items.forCase(caseId);
        var out = new LinkedHashMap<Application, List<RedactedDocument>>();
        applications.forCase(caseId).stream().sorted(Comparator.comparing(Application::candidateNumber))
            .forEach(a -> out.put(a, byApplication.getOrDefault(a.id(), List.of()).stream().map(RedactionItemRepository.Item::view).toList()));
        return out;
    }

    /**
     * HR's review of one candidate: each document's original text (read through the audited identity door and run
     * through the engine's extraction and detection again, so the findings shown are the ones the rendition was made
     * with; no rendition is written for the view) beside the text of
     * the stored rendition; the answers as given and as the committee sees them; the values added by hand.
     */
    public Review review(CurrentUser user, UUID caseId, UUID applicationId) {
        var c = access.requireManage(user, caseId);
        var a = application(caseId, applicationId);
        var docs = new ArrayList<DocumentReview>();
        RedactionState answersState = null;
        List<RedactedDocument.Why> answersWhy = List.of();
        if (!c.anonymous()) {
            return new Review(a, docs, null, List.of(), List.of(), List.of());
        }
        var known = applicants.known(applicationId, "redaction review by " + user.role());
        var engine = applicants.engineFor(applicationId);
        for (var item : items.forApplication(applicationId)) {
            if (item.number() == 0) {
                answersState = item.state();
                answersWhy = item.view().why();
                continue;
            }
            var original = sources.original(applicationId, item.sourceDocumentId(), "redaction review by " + user.role());
            List<Segment> segments = List.of();
            int findings = 0;
            if (original.isPresent()) {
                var found = engine.findings(original.get().content(), original.get().mediaType(), known);
                if (found.isPresent()) {
                    segments = segments(found.get().text(), found.get().spans());
                    findings = found.get().spans().size();
                }
            }
            String renditionText = item.renditionFileId() == null ? null : text(files.read(item.renditionFileId()));
            docs.add(new DocumentReview(item.view(), segments, renditionText, findings));
        }
        var redacted = items.answers(applicationId);
        var answers = new ArrayList<AnswerReview>();
        var texts = new HashMap<UUID, String>();
        questions.forCase(caseId).forEach(q -> texts.put(q.id(), q.text()));
        sources.freeTextAnswers(applicationId).forEach((q, text) -> answers.add(new AnswerReview(texts.get(q), text, redacted.get(q))));
        var additions = items.additions(applicationId).stream().map(x -> new Addition(x.id(), x.text(), x.spanType())).toList();
        return new Review(a, docs, answersState, answers, additions, answersWhy);
    }

    static List<Segment> segments(String text, List<Span> spans) {
        var out = new ArrayList<Segment>();
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at || s.end() > text.length()) {
                continue;
            }
            if (s.start() > at) {
                out.add(new Segment(text.substring(at, s.start()), null, null, false));
            }
            out.add(new Segment(text.substring(s.start(), s.end()), s.type().label(), s.reason(), s.origin().isGiven()));
            at = s.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), null, null, false));
        }
        return out;
    }

    private static String text(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            return null;
        }
    }

    private Application application(UUID caseId, UUID applicationId) {
        return applications.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
    }
}
