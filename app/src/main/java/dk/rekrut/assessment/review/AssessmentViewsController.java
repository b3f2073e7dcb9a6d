package dk.rekrut.assessment.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.assessment.Rating;
import dk.rekrut.assessment.candidates.CandidatePages;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Flash;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.Paged;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chair's overview of all ratings (candidates by number, and by name in an ordinary case, against raters) and the horizontal review of one
 * screening question across all candidates. Each page reads its data in a fixed number of queries.
 */
@Controller
@RequestMapping("/cases/{caseId}")
class AssessmentViewsController {

    /** One candidate's row in the overview: the ratings by rater id, and the average. */
    record Row(Application application, Map<UUID, Rating> byRater, Double average, Integer rank, boolean shortlisted) {
    }

    /** One candidate's answer in the horizontal review with the ratings of it this user may see. */
    record AnswerLine(Application application, String answer, Assessments.AnswerRating mine,
                      List<Assessments.AnswerRating> others) {
    }

    private final Applications applications;
    private final ScreeningQuestions questions;
    private final Assessments assessments;
    private final CaseAccess access;
    private final Redactions redactions;
    private final ApplicantViews applicants;

    AssessmentViewsController(Applications applications, ScreeningQuestions questions, Assessments assessments,
                              CaseAccess access, Redactions redactions, ApplicantViews applicants) {
        this.applicants = applicants;
        this.applications = applications;
        this.questions = questions;
        this.assessments = assessments;
        this.access = access;
        this.redactions = redactions;
    }

    /** All ratings together, for the chair and HR (the committee sees them on the list once it has rated). */
    @GetMapping("/ratings")
    String overview(CurrentUser user, @PathVariable UUID caseId, @RequestParam(defaultValue = "1") int page, Model model) {
        var c = access.requireView(user, caseId);
        if (!access.canManage(user, c) && !assessments.isChair(user, c)) {
            throw new ForbiddenException("rating overview");
        }
        var ratings = assessments.visibleRatingsForCase(user, c);
        var ranking = assessments.ranking(caseId);
        Map<UUID, String> raters = new LinkedHashMap<>();
        ratings.values().stream().flatMap(List::stream).sorted(Comparator.comparing(Rating::raterName))
            .forEach(r -> raters.putIfAbsent(r.raterId(), r.raterName()));
        List<Row> rows = new ArrayList<>();
        for (var a : applications.forCase(caseId)) {
            var rs = ratings.getOrDefault(a.id(), List.of());
            Map<UUID, Rating> byRater = new HashMap<>();
            rs.forEach(r -> byRater.put(r.raterId(), r));
            var ranked = ranking.get(a.id());
            rows.add(new Row(a, byRater, rs.isEmpty() ? null : rs.stream().mapToInt(Rating::score).average().orElse(0),
                ranked == null ? null : ranked.rank(), ranked != null && ranked.shortlisted()));
        }
        rows.sort(Comparator.comparing((Row r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
            .thenComparing((Row r) -> r.average() == null ? 0.0 : -r.average())
            .thenComparing(r -> r.application().candidateNumber()));
        var paged = Paged.of(rows, page, CandidatePages.PAGE_SIZE);
        model.addAttribute("c", c);
        model.addAttribute("rows", paged.rows());
        // Names beside the numbers in an ordinary case, as on the candidate list; only the page's rows are read.
        model.addAttribute("names",
            applicants.namesForOverview(user, c, paged.rows().stream().map(Row::application).toList()));
        model.addAttribute("total", paged.total());
        model.addAttribute("page", paged.page());
        model.addAttribute("pages", paged.pages());
        model.addAttribute("raters", raters);
        model.addAttribute("settings", assessments.settings(caseId));
        return "assessment/ratings";
    }

    @GetMapping("/review/{questionId}")
    String review(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID questionId, Model model, Locale locale) {
        var c = access.requireView(user, caseId);
        if (!assessments.canRate(user, c)) {
            throw new ForbiddenException("horizontal review");
        }
        var question = questions.forCase(caseId).stream().filter(q -> q.id().equals(questionId)).findFirst()
            .orElseThrow(() -> new NotFoundException("question"));
        var candidates = applications.forCase(caseId).stream()
            .filter(a -> a.status() != ApplicationStatus.WITHDRAWN).toList();
        // Through the one door, as on the candidate page: in an anonymous case the team reads free text redacted only.
        var answers = redactions.answers(user, c, candidates.stream().map(Application::id).toList(), List.of(question), locale);
        var ratings = assessments.answerRatings(user, c, questionId);
        List<AnswerLine> lines = new ArrayList<>();
        for (var a : candidates) {
            var rs = ratings.getOrDefault(a.id(), List.of());
            lines.add(new AnswerLine(a, answers.get(a.id()).get(questionId),
                rs.stream().filter(r -> r.raterId().equals(user.id())).findFirst().orElse(null),
                rs.stream().filter(r -> !r.raterId().equals(user.id())).toList()));
        }
        model.addAttribute("c", c);
        model.addAttribute("question", question);
        model.addAttribute("lines", lines);
        model.addAttribute("settings", assessments.settings(caseId));
        return "assessment/review";
    }

    @PostMapping("/review/{questionId}")
    String saveReview(CurrentUser user, @PathVariable UUID caseId, @PathVariable UUID questionId,
                      @RequestParam MultiValueMap<String, String> params, RedirectAttributes flash) {
        var c = access.requireView(user, caseId);
        if (!assessments.canRate(user, c)) {
            throw new ForbiddenException("horizontal review");
        }
        questions.forCase(caseId).stream().filter(q -> q.id().equals(questionId)).findFirst()
            .orElseThrow(() -> new NotFoundException("question"));
        Map<UUID, Integer> scores = new HashMap<>();
        Map<UUID, String> notes = new HashMap<>();
        try {
            params.forEach((k, v) -> {
                String value = v.getFirst();
                if (k.startsWith("score-") && value != null && !value.isBlank()) {
                    scores.put(UUID.fromString(k.substring(6)), Integer.valueOf(value.strip()));
                } else if (k.startsWith("note-") && value != null && !value.isBlank()) {
                    notes.put(UUID.fromString(k.substring(5)), value);
                }
            });
        } catch (IllegalArgumentException e) {
            // A score that is not a number or a field name that is not an answer's id: a tampered form.
            Flash.report(flash, new RuleViolation("error.assessment.score"));
            return "redirect:/cases/" + caseId + "/review/" + questionId;
        }
        Flash.attempt(flash, "info.saved", () -> assessments.rateAnswers(user, caseId, questionId, scores, notes));
        return "redirect:/cases/" + caseId + "/review/" + questionId;
    }
}
