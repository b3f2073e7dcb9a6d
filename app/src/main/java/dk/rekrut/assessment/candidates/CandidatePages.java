package dk.rekrut.assessment.candidates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.anonymisation.RedactedDocument;
import dk.rekrut.anonymisation.Redactions;
import dk.rekrut.application.Application;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.Applications;
import dk.rekrut.application.ApplicantViews;
import dk.rekrut.application.ApplicantViews.OtherApplication;
import dk.rekrut.application.CandidateNames;
import dk.rekrut.application.CaseDocument;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.application.StatusChange;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.correspondence.SentMessage;
import dk.rekrut.interview.InterviewNotes;
import dk.rekrut.interview.References;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.Paged;
import dk.rekrut.talentpool.Pool;
import dk.rekrut.talentpool.PoolAdministration;
import java.util.stream.Collectors;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.assessment.Rating;
import dk.rekrut.assessment.RatingScale;
import dk.rekrut.assessment.board.BoardRules;
import dk.rekrut.assessment.scorecard.Scorecard;
import dk.rekrut.assessment.scorecard.Scorecards;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What one reader may see on a candidate's page, decided in one place: the controller renders it and the template
 * shows what it is given. Parts a reader may not see are left empty here, not only hidden by the template. The
 * applicant's name is not part of it: it is read through the application module's audited door by the controller and
 * never typed outside the identity and application modules ({@code ModularityTests}).
 */
@Component
public class CandidatePages {

    /** One line of the candidate list. {@code average} is over the ratings this reader may see. */
    record Line(Application application, Double average, Integer myScore, Integer rank, boolean shortlisted, int ratings) {
    }

    /**
     * One page of a case's candidate list for one reader. {@code preferential} (who declared preferential access)
     * and {@code leftOut} (those of them not chosen for interview) are empty for readers other than HR and the chair.
     */
    record CandidateList(RecruitmentCase c, List<Line> lines, int total, int page, int pages, ApplicationStatus status,
                         String sort, Assessments.Settings settings, boolean manages, boolean chair,
                         Set<UUID> preferential, List<String> leftOut, List<ScreeningQuestion> reviewQuestions,
                         Overview overview, ListQuery query) {

        public List<ApplicationStatus> statuses() {
            return List.of(ApplicationStatus.values());
        }

        public List<RatingScale> scales() {
            return List.of(RatingScale.values());
        }
    }

    /**
     * What the table adds in an ordinary case: the names of the page's candidates and their answers to the questions
     * with short answers, one column each. {@code knockOuts} are the yes/no questions the list can be filtered on
     * ("must answer yes"), {@code mustBeYes} those ticked. In an anonymous case names and columns stay empty.
     */
    record Overview(Map<UUID, String> names, List<ScreeningQuestion> columns, Map<UUID, Map<UUID, String>> answers,
                    List<ScreeningQuestion> knockOuts, Set<UUID> mustBeYes) {

        public String answer(UUID applicationId, UUID questionId) {
            return answers.getOrDefault(applicationId, Map.of()).getOrDefault(questionId, "");
        }
    }

    /** Lines per page: a case with thousands of applicants stays quick to open and to read. */
    public static final int PAGE_SIZE = 100;

    /** The candidate's page for one reader. Lists the reader may not see are empty. */
    record CandidatePage(RecruitmentCase c, Application a, Visibility may, Assessments.Settings settings,
                         Map<String, String> answers, List<RedactedDocument> documents, List<CaseDocument> originals,
                         List<Rating> ratings, Rating mine, List<StatusChange> history,
                         List<SentMessage> correspondence, List<Pool> pools, List<OtherApplication> otherApplications,
                         List<ApplicationStatus> statuses, Scorecard scorecard) {
    }

    /**
     * The page's rules, from facts about the reader and the case; pure, so they are tested without a server.
     *
     * @param manages HR who may manage the case
     * @param rates a member of the assessment committee who may rate
     * @param seesNoRatingYet the reader sees no rating of this candidate (not even their own)
     * @param reidentified the anonymous candidate has been re-identified
     */
    record Visibility(boolean manages, boolean rates, boolean anonymous, boolean reidentified, boolean blindUntilRated,
                      boolean seesNoRatingYet, boolean withdrawn, boolean notes, boolean references, boolean reidentify) {

        /** In an anonymous case the committee does not see when someone applied: the order could point to a person. */
        public boolean history() {
            return manages || !anonymous || reidentified;
        }

        /** HR writes to the applicant and sees what was sent; the committee never sees the correspondence. */
        public boolean correspondence() {
            return manages;
        }

        /** HR handling the case may offer the applicant a place in a talent pool, unless the application is withdrawn. */
        public boolean offerPools() {
            return manages && !withdrawn;
        }

        /** With blind rating, a rater sees the others' ratings only after giving their own. */
        public boolean ratingsHidden() {
            return rates && seesNoRatingYet && blindUntilRated;
        }
    }

    private final Applications applications;
    private final ApplicantViews applicants;
    private final ScreeningQuestions questions;
    private final Assessments assessments;
    private final CaseAccess access;
    private final Redactions redactions;
    private final Correspondence correspondence;
    private final InterviewNotes notes;
    private final References references;
    private final PoolAdministration poolAdministration;
    private final CandidateNames names;
    private final MessageSource messages;
    private final Scorecards scorecards;

    CandidatePages(Applications applications, ApplicantViews applicants, ScreeningQuestions questions,
                   Assessments assessments, CaseAccess access, Redactions redactions, Correspondence correspondence,
                   InterviewNotes notes, References references, PoolAdministration poolAdministration,
                   CandidateNames names, MessageSource messages, Scorecards scorecards) {
        this.scorecards = scorecards;
        this.names = names;
        this.messages = messages;
        this.applications = applications;
        this.applicants = applicants;
        this.questions = questions;
        this.assessments = assessments;
        this.access = access;
        this.redactions = redactions;
        this.correspondence = correspondence;
        this.notes = notes;
        this.references = references;
        this.poolAdministration = poolAdministration;
    }

    /** The list filtered on status and on the knock-out questions in {@code mustBeYes} (each answered yes). */
    CandidateList list(CurrentUser user, UUID caseId, ApplicationStatus status, String sort, int page, Set<UUID> mustBeYes,
                       Locale locale) {
        var c = access.requireView(user, caseId);
        var query = new ListQuery(status, sort, mustBeYes);
        var selection = select(user, c, query, true, locale);
        var lines = selection.lines();
        var paged = Paged.of(lines, page, PAGE_SIZE);
        boolean manages = access.canManage(user, c);
        boolean chair = assessments.isChair(user, c);
        // HR and the chair see who declared preferential access and who of them is being left out of the interviews.
        var preferential = manages || chair ? applications.withPreferentialAccess(c.id()) : Set.<UUID>of();
        var leftOut = preferential.isEmpty() ? List.<String>of()
            : assessments.preferentialLeftOut(selection.all(), selection.ranking(), preferential);
        var shown = paged.rows();
        var overview = new Overview(names.forOverview(user, c, shown.stream().map(Line::application).toList()),
            selection.columns(), selection.answers(), selection.knockOuts(), selection.filter());
        return new CandidateList(c, shown, paged.total(), paged.page(), paged.pages(), status, query.sort(),
            assessments.settings(caseId), manages, chair, preferential, leftOut, assessments.canRate(user, c) ? selection.asked() : List.of(), overview,
            new ListQuery(status, query.sort(), selection.filter()));
    }

    /** The candidates a list shows, in its order, and what was read to choose them. */
    private record Selection(List<Line> lines, List<Application> all, Map<UUID, Assessments.Ranked> ranking,
                             List<ScreeningQuestion> asked, List<ScreeningQuestion> knockOuts, Set<UUID> filter,
                             List<ScreeningQuestion> columns, Map<UUID, Map<UUID, String>> answers) {
    }

    /** Filters and orders the case's candidates as {@code query} says; with the answer columns of the table or not. */
    private Selection select(CurrentUser user, RecruitmentCase c, ListQuery query, boolean withColumns, Locale locale) {
        var ratings = assessments.visibleRatingsForCase(user, c);
        var ranking = assessments.ranking(c.id());
        var all = applications.forCase(c.id());
        var asked = questions.forCase(c.id());
        var knockOuts = BoardRules.knockOutQuestions(asked);
        var filter = knockOuts.stream().map(ScreeningQuestion::id).filter(query.mustBeYes()::contains)
            .collect(Collectors.toSet());
        // Short answers only: free text stays on the candidate page and in the horizontal review (it can name a person).
        var columns = c.anonymous() || !withColumns ? List.<ScreeningQuestion>of()
            : asked.stream().filter(q -> q.kind() != QuestionKind.FREE_TEXT).toList();
        var wanted = new ArrayList<ScreeningQuestion>(columns);
        knockOuts.stream().filter(q -> filter.contains(q.id()) && !wanted.contains(q)).forEach(wanted::add);
        var answers = wanted.isEmpty() ? Map.<UUID, Map<UUID, String>>of()
            : redactions.answers(user, c, all.stream().map(Application::id).toList(), wanted, locale);
        String yes = messages.getMessage("common.yes", null, locale);
        List<Line> lines = new ArrayList<>();
        for (var a : all) {
            if (query.status() != null && a.status() != query.status()
                || !BoardRules.passes(answers.getOrDefault(a.id(), Map.of()), filter, yes)) {
                continue;
            }
            var rs = ratings.getOrDefault(a.id(), List.of());
            var mine = rs.stream().filter(r -> r.raterId().equals(user.id())).findFirst().map(Rating::score).orElse(null);
            var ranked = ranking.get(a.id());
            lines.add(new Line(a, rs.isEmpty() ? null : rs.stream().mapToInt(Rating::score).average().orElse(0), mine,
                ranked == null ? null : ranked.rank(), ranked != null && ranked.shortlisted(), rs.size()));
        }
        lines.sort(order(query.sort()));
        return new Selection(lines, all, ranking, asked, knockOuts, filter, columns, answers);
    }

    /**
     * The candidates before and after one candidate in the list the reader came from ({@code query}: its filter and
     * order), and where in it the candidate is; empty when the list (as it is now) does not hold the candidate.
     */
    Optional<Neighbours> neighbours(CurrentUser user, UUID caseId, UUID applicationId, ListQuery query, Locale locale) {
        var c = access.requireView(user, caseId);
        var lines = select(user, c, query, false, locale).lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).application().id().equals(applicationId)) {
                return Optional.of(new Neighbours(i == 0 ? null : lines.get(i - 1).application(),
                    i == lines.size() - 1 ? null : lines.get(i + 1).application(), i + 1, lines.size(), query));
            }
        }
        return Optional.empty();
    }

    /** Never by submission time: by the chair's ranking (the default), by rating, or by candidate number. */
    static Comparator<Line> order(String sort) {
        Comparator<Line> byNumber = Comparator.comparing(l -> l.application().candidateNumber());
        return switch (sort == null ? "rank" : sort) {
            case "rating" -> Comparator.comparing((Line l) -> l.average() == null ? 0.0 : -l.average()).thenComparing(byNumber);
            case "number" -> byNumber;
            default -> Comparator.comparing((Line l) -> l.rank() == null ? Integer.MAX_VALUE : l.rank()).thenComparing(byNumber);
        };
    }

    CandidatePage page(CurrentUser user, UUID caseId, UUID applicationId, Locale locale) {
        var c = access.requireView(user, caseId);
        var a = applications.find(applicationId).filter(x -> x.caseId().equals(caseId))
            .orElseThrow(() -> new NotFoundException("application"));
        var settings = assessments.settings(caseId);
        var visible = assessments.visibleRatings(user, c, applicationId);
        boolean manages = access.canManage(user, c);
        var may = new Visibility(manages, assessments.canRate(user, c), c.anonymous(),
            c.anonymous() && applicants.reidentified(a.id()), settings.blindUntilRated(), visible.isEmpty(),
            a.status() == ApplicationStatus.WITHDRAWN, notes.onPanel(user, c), references.canView(user, c, a),
            applicants.canReidentify(user, c, a));
        // Through the one door: whoever may not know who applied sees free-text answers only as redacted (or not yet).
        var asked = questions.forCase(caseId);
        var shown = redactions.answers(user, c, List.of(applicationId), asked, locale).get(applicationId);
        var answers = new LinkedHashMap<String, String>();
        asked.forEach(q -> answers.put(q.text(), shown.get(q.id())));
        boolean ratedIt = visible.stream().anyMatch(r -> r.raterId().equals(user.id()));
        var scorecard = scorecards.of(user, c, List.of(applicationId), id -> assessments.seesOthers(user, c, ratedIt))
            .get(applicationId);
        return new CandidatePage(c, a, may, settings, answers, redactions.visibleDocuments(user, c, applicationId),
            applicants.documentsFor(user, a),
            may.ratingsHidden() ? List.of() : visible,
            visible.stream().filter(r -> r.raterId().equals(user.id())).findFirst().orElse(null),
            may.history() ? applications.history(applicationId) : List.of(),
            may.correspondence() ? correspondence.log(a.id()) : List.of(),
            may.offerPools() ? poolAdministration.pools() : List.of(),
            may.manages() ? applicants.otherApplications(user, a) : List.of(),
            Arrays.stream(ApplicationStatus.values()).filter(ApplicationStatus::settableByStaff).toList(), scorecard);
    }
}
