package dk.rekrut.application;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.publication.MediaList;
import dk.rekrut.publication.Postings;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Publishes a case with one screening question of each kind, for the application tests. */
@Component
public class ApplicationFixture {

    public record Posted(UUID caseId, UUID postingId, List<ScreeningQuestion> questions) {
        public ScreeningQuestion question(QuestionKind kind) {
            return questions.stream().filter(q -> q.kind() == kind).findFirst().orElseThrow();
        }
    }

    private final Cases cases;
    private final Postings postings;
    private final MediaList media;
    private final ScreeningQuestions questions;
    private final OrganisationDirectory directory;
    private final MutableClock clock;
    private final JdbcClient jdbc;

    ApplicationFixture(Cases cases, Postings postings, MediaList media, ScreeningQuestions questions,
                       OrganisationDirectory directory, MutableClock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.postings = postings;
        this.media = media;
        this.questions = questions;
        this.directory = directory;
        this.clock = clock;
    }

    public Posted publish(String title, int deadlineInDays, boolean anonymous) {
        return publish(title, deadlineInDays, anonymous, false);
    }

    public Posted publish(String title, int deadlineInDays, boolean anonymous, boolean video) {
        return publish(title, deadlineInDays, anonymous, video, List.of());
    }

    /** As {@link #publish(String, int, boolean)}, with further optional free-text questions after the six. */
    public Posted publish(String title, int deadlineInDays, boolean anonymous, List<String> moreFreeText) {
        return publish(title, deadlineInDays, anonymous, false, moreFreeText);
    }

    private Posted publish(String title, int deadlineInDays, boolean anonymous, boolean video, List<String> moreFreeText) {
        var hr = hr();
        var f = new CaseForm();
        f.setVideoAllowed(video);
        f.setTitle(title);
        f.setUnitId(hr.unitId());
        f.setTasks("Opgaver");
        f.setAnonymous(anonymous);
        f.setDeadline(LocalDateTime.ofInstant(clock.instant(), Time.DANISH).plusDays(deadlineInDays));
        var c = cases.create(hr, f);
        var posting = postings.saveText(hr, c.id(), null, "<p>Søg!</p>");
        var site = media.all().stream().filter(m -> m.code().equals("jobsite")).findFirst().orElseThrow();
        postings.addPublication(hr, c.id(), site.id(), Time.today(clock), null, null);
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.YES_NO, "Har du kørekort?", true, null, null, null, "", ""));
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.FREE_TEXT, "Hvorfor søger du?", true, 200, null, null, "", ""));
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.SINGLE_CHOICE, "Uddannelse?", true, null, null, null,
            "Kandidat\nBachelor\nAnden", ""));
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.MULTIPLE_CHOICE, "Værktøjer?", false, null, 1, 2,
            "Excel\nR\nPython", ""));
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.PRIORITISED, "Hvad er vigtigst?", true, null, null, null,
            "Løn\nKolleger\nOpgaver", ""));
        questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.CLASSIFIED, "Erfaring med?", true, null, null, null,
            "Analyse\nLedelse", "Ingen\nNogen\nEkspert"));
        for (String text : moreFreeText) {
            questions.add(hr, c.id(), new ScreeningQuestions.Draft(QuestionKind.FREE_TEXT, text, false, 500, null, null, "", ""));
        }
        cases.publish(hr, c.id());
        return new Posted(c.id(), posting.id(), questions.forCase(c.id()));
    }

    /**
     * The case's application deadline moves to a minute ago (without moving the clock every test shares), as for the
     * steps that wait for it: rejection letters.
     */
    public void deadlinePassed(UUID caseId) {
        jdbc.sql("UPDATE recruitment_case SET deadline = ? WHERE id = ?")
            .param(Time.utc(clock.instant().minusSeconds(60))).param(caseId).update();
    }

    public CurrentUser hr() {
        var u = directory.userByUsername("hr.udvidet").orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
