package dk.rekrut.assessment.candidates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.assessment.Rating;
import dk.rekrut.assessment.scorecard.Scorecard;
import dk.rekrut.assessment.scorecard.Scorecards;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.application.Application;
import dk.rekrut.application.Applications;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.assessment.scorecard.Scorecard.Criterion;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Two to four candidates of a case side by side, for one reader, under the rules of the candidate page and list:
 * ratings and averages per criterion as the reader may see them, screening answers through the one door
 * ({@code Redactions.answers}), names only in an ordinary case (through the audited {@code CandidateNames}), and who
 * declared preferential access only for HR and the chair.
 */
@Component
class Comparisons {

    static final int FEWEST = 2;
    static final int MOST = 4;

    /**
     * One candidate's column. {@code average} is over the ratings the reader may see (null when none); the scorecard
     * carries the reader's own scores and, when shown, the committee's averages.
     */
    record Column(Application application, String name, Double average, int ratings, Integer myScore, Integer rank,
                  boolean shortlisted, boolean preferential, Scorecard scorecard, Map<UUID, String> answers) {

        public String answer(UUID questionId) {
            return answers.getOrDefault(questionId, "");
        }
    }

    record Comparison(RecruitmentCase c, List<Column> columns, List<Criterion> criteria, List<ScreeningQuestion> questions,
                      Assessments.Settings settings, ListQuery query) {
    }

    private final Applications applications;
    private final ScreeningQuestions questions;
    private final Assessments assessments;
    private final Scorecards scorecards;
    private final CaseAccess access;
    private final Redactions redactions;
    private final CandidateNames names;

    Comparisons(Applications applications, ScreeningQuestions questions, Assessments assessments, Scorecards scorecards,
                CaseAccess access, Redactions redactions, CandidateNames names) {
        this.applications = applications;
        this.questions = questions;
        this.assessments = assessments;
        this.scorecards = scorecards;
        this.access = access;
        this.redactions = redactions;
        this.names = names;
    }

    /** Whether the ticked candidates can be compared: two to four different ones. */
    static boolean comparable(Collection<UUID> ids) {
        long count = ids == null ? 0 : ids.stream().distinct().count();
        return count >= FEWEST && count <= MOST;
    }

    /** The candidates in the order given (the list's); each must be a candidate of the case. */
    Comparison compare(CurrentUser user, UUID caseId, List<UUID> ids, ListQuery query, Locale locale) {
        var c = access.requireView(user, caseId);
        if (!comparable(ids)) {
            throw new IllegalArgumentException("compare " + FEWEST + " to " + MOST + " candidates");
        }
        var ofCase = applications.forCase(caseId).stream().collect(Collectors.toMap(Application::id, Function.identity()));
        List<Application> chosen = new ArrayList<>();
        for (UUID id : ids.stream().distinct().toList()) {
            var a = ofCase.get(id);
            if (a == null) {
                throw new NotFoundException("application");
            }
            chosen.add(a);
        }
        var chosenIds = chosen.stream().map(Application::id).toList();
        var ratings = assessments.visibleRatingsForCase(user, c);
        var ranking = assessments.ranking(caseId);
        boolean seesDeclarations = access.canManage(user, c) || assessments.isChair(user, c);
        Set<UUID> preferential = seesDeclarations ? applications.withPreferentialAccess(caseId) : Set.of();
        var named = names.forOverview(user, c, chosen);
        var asked = questions.forCase(caseId);
        var answers = redactions.answers(user, c, chosenIds, asked, locale);
        var cards = scorecards.of(user, c, chosenIds,
            id -> assessments.seesOthers(user, c, ratedBy(ratings.getOrDefault(id, List.of()), user)));
        List<Column> columns = new ArrayList<>();
        for (var a : chosen) {
            var rs = ratings.getOrDefault(a.id(), List.of());
            var ranked = ranking.get(a.id());
            columns.add(new Column(a, named.get(a.id()),
                rs.isEmpty() ? null : rs.stream().mapToInt(Rating::score).average().orElse(0), rs.size(),
                rs.stream().filter(r -> r.raterId().equals(user.id())).findFirst().map(Rating::score).orElse(null),
                ranked == null ? null : ranked.rank(), ranked != null && ranked.shortlisted(), preferential.contains(a.id()),
                cards.get(a.id()), answers.getOrDefault(a.id(), Map.of())));
        }
        return new Comparison(c, columns, Criterion.of(c.profile()), asked, assessments.settings(caseId), query);
    }

    private static boolean ratedBy(List<Rating> ratings, CurrentUser user) {
        return ratings.stream().anyMatch(r -> r.raterId().equals(user.id()));
    }
}
