package dk.rekrut.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.application.submission.Answers;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR defines a case's screening questions before it is published; applicants answer them. */
@Service
public class ScreeningQuestions {

    /** What HR enters for a new question. Options and classes are one per line. */
    public record Draft(QuestionKind kind, String text, boolean required, Integer maxLength, Integer minChoices,
                        Integer maxChoices, String options, String classLabels) {
    }

    private final ScreeningQuestionRepository repository;
    private final CaseAccess access;
    private final AuditLog audit;

    ScreeningQuestions(ScreeningQuestionRepository repository, CaseAccess access, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
    }

    public List<ScreeningQuestion> forCase(UUID caseId) {
        return repository.forCase(caseId);
    }

    /**
     * The application's answers in words, question by question, in the questions' order: for the applicant's own
     * page and HR's personnel file, here in the module. Staff views use {@link #answersInWords} through the door.
     */
    LinkedHashMap<String, String> describe(Application a, Map<String, String> yesNoWords) {
        var out = new LinkedHashMap<String, String>();
        for (var q : forCase(a.caseId())) {
            out.put(q.text(), Answers.describe(q, a.answers().get(q.id()), yesNoWords));
        }
        return out;
    }

    /** Up to this many candidates are read by id; more (a whole case's review) by the case, in one query either way. */
    private static final int BY_ID = 100;

    /**
     * The answers as given, in words, of the candidates {@code applicationIds} of a case to {@code asked}, by candidate
     * and question id (a question not answered has no entry). Raw answers can name the applicant: only
     * anonymisation's {@code Redactions.answers}, the one door for staff views, calls this (ModularityTests checks).
     */
    public Map<UUID, Map<UUID, String>> answersInWords(UUID caseId, Collection<UUID> applicationIds,
                                                       List<ScreeningQuestion> asked, Map<String, String> yesNoWords) {
        var byId = new HashMap<UUID, ScreeningQuestion>();
        asked.stream().filter(q -> q.caseId().equals(caseId)).forEach(q -> byId.put(q.id(), q));
        var wanted = new HashSet<>(applicationIds);
        var out = new HashMap<UUID, Map<UUID, String>>();
        if (byId.isEmpty() || wanted.isEmpty()) {
            return out;
        }
        // Every candidate of the case for more than a few: one query either way.
        repository.answers(caseId, byId.keySet(), wanted.size() <= BY_ID ? wanted : null)
            .stream().filter(r -> wanted.contains(r.applicationId()))
            .forEach(r -> out.computeIfAbsent(r.applicationId(), k -> new HashMap<>())
                .put(r.questionId(), Answers.describe(byId.get(r.questionId()), r.value(), yesNoWords)));
        return out;
    }

    @Transactional
    public ScreeningQuestion add(CurrentUser user, UUID caseId, Draft d) {
        requireDraftCase(user, caseId);
        if (d.kind() == null) {
            throw new RuleViolation("error.question.kind");
        }
        if (d.text() == null || d.text().isBlank() || d.text().length() > 2000) {
            throw new RuleViolation("error.question.text");
        }
        List<String> options = lines(d.options());
        List<String> classes = lines(d.classLabels());
        if (d.kind().hasOptions() && options.size() < 2) {
            throw new RuleViolation("error.question.options");
        }
        if (d.kind() == QuestionKind.CLASSIFIED && classes.size() < 2) {
            throw new RuleViolation("error.question.classes");
        }
        Integer maxLength = d.kind() == QuestionKind.FREE_TEXT ? (d.maxLength() == null ? 2000 : d.maxLength()) : null;
        if (maxLength != null && (maxLength < 1 || maxLength > 10000)) {
            throw new RuleViolation("error.question.max-length");
        }
        Integer min = d.kind() == QuestionKind.MULTIPLE_CHOICE ? d.minChoices() : null;
        Integer max = d.kind() == QuestionKind.MULTIPLE_CHOICE ? d.maxChoices() : null;
        if (min != null && (min < 0 || min > options.size()) || max != null && (max < 1 || max > options.size())
            || min != null && max != null && min > max) {
            throw new RuleViolation("error.question.choices");
        }
        UUID id = repository.insert(caseId, d.kind(), d.text().strip(), d.required(), maxLength, min, max,
            d.kind() == QuestionKind.CLASSIFIED ? classes : List.of(), d.kind().hasOptions() ? options : List.of());
        audit.record(AuditAction.CASE_CHANGED, "Case", caseId, "screening question added");
        return forCase(caseId).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public void remove(CurrentUser user, UUID caseId, UUID questionId) {
        requireDraftCase(user, caseId);
        repository.delete(caseId, questionId);
        audit.record(AuditAction.CASE_CHANGED, "Case", caseId, "screening question removed");
    }

    /** Moves a question one place up or down, keeping every applicant's order the same. */
    @Transactional
    public void move(CurrentUser user, UUID caseId, UUID questionId, boolean up) {
        requireDraftCase(user, caseId);
        var list = new ArrayList<>(forCase(caseId));
        int i = list.stream().map(ScreeningQuestion::id).toList().indexOf(questionId);
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= list.size()) {
            return;
        }
        var a = list.get(i);
        var b = list.get(j);
        repository.setPosition(a.id(), b.position());
        repository.setPosition(b.id(), a.position());
    }

    private void requireDraftCase(CurrentUser user, UUID caseId) {
        var c = access.requireManage(user, caseId);
        if (!c.status().allowsQuestionChanges()) {
            throw new RuleViolation("error.question.published");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
