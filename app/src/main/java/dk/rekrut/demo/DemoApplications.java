package dk.rekrut.demo;

import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.application.StatusChanges;
import dk.rekrut.application.Submissions;
import dk.rekrut.assessment.Assessments;
import dk.rekrut.interview.Interviews;
import dk.rekrut.organisation.InstitutionSettings;
import dk.rekrut.publication.Postings;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.PublicSite;
import dk.rekrut.shared.Time;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * Applications in the demo's ordinary cases, so that a newcomer who logs in as the demo HR user sees a filled board,
 * candidate list and task list at once: invented applicants (no real person) who apply through {@link Submissions}
 * like anyone, with a small generated PDF letter, answers to the screening questions, the committee's ratings, one
 * interview slot with a panel and a booked candidate. The anonymous demo case is left empty on purpose: its
 * applications would start the redaction pipeline at every start, and it is the case newcomers apply to themselves.
 */
@Component
class DemoApplications {

    /** Invented applicants: name, e-mail local part, and where they end up on the board. */
    private record Applicant(String name, String mail, ApplicationStatus status) {
    }

    private final Submissions submissions;
    private final Postings postings;
    private final ScreeningQuestions questions;
    private final StatusChanges statusChanges;
    private final Assessments assessments;
    private final Interviews interviews;
    private final InstitutionSettings settings;
    private final PublicSite site;

    DemoApplications(Submissions submissions, Postings postings, ScreeningQuestions questions,
                     StatusChanges statusChanges, Assessments assessments, Interviews interviews,
                     InstitutionSettings settings, PublicSite site) {
        this.submissions = submissions;
        this.postings = postings;
        this.questions = questions;
        this.statusChanges = statusChanges;
        this.assessments = assessments;
        this.interviews = interviews;
        this.settings = settings;
        this.site = site;
    }

    /**
     * The consultant case gets four applicants along the board (new, chosen, invited to the one slot, interviewed),
     * rated by the chair and the hiring manager, so HR has an interview to plan and references to ask for, and the
     * committee has applications left to rate; the developer case gets three with answers to its six questions.
     */
    void seed(CurrentUser hr, CurrentUser chair, CurrentUser manager, UUID consultantCase, UUID developerCase,
              LocalDate interviewDay) {
        var consultants = apply(consultantCase, List.of(
            new Applicant("Mette Skovgaard Jensen", "mette.skovgaard", ApplicationStatus.RECEIVED),
            new Applicant("Jonas Brandt Nielsen", "jonas.brandt", ApplicationStatus.SHORTLISTED),
            new Applicant("Sara Holm Pedersen", "sara.holm", ApplicationStatus.SHORTLISTED),
            new Applicant("Ali Hassan Rasmussen", "ali.hassan", ApplicationStatus.INTERVIEWED)), hr);
        assessments.rate(chair, consultants.get(0), 4, "Solid analytisk erfaring, men kort tid i det offentlige.");
        assessments.rate(chair, consultants.get(1), 5, "Har bygget en rekrutteringsanalyse fra bunden.");
        assessments.rate(manager, consultants.get(1), 4, null);
        assessments.rate(chair, consultants.get(3), 4, "Stærk formidler.");

        var start = interviewDay.atTime(LocalTime.of(10, 0)).atZone(Time.DANISH).toInstant();
        var slot = interviews.addSlot(hr, consultantCase, start, start.plusSeconds(45 * 60),
            "Rådhuspladsen 1, mødelokale 3", null, List.of(chair.id(), manager.id()));
        interviews.invite(hr, consultants.get(2), slot.id(), site.baseUrl());

        apply(developerCase, List.of(
            new Applicant("Freja Lund Christensen", "freja.lund", ApplicationStatus.RECEIVED),
            new Applicant("Mikkel Dahl Sørensen", "mikkel.dahl", ApplicationStatus.RECEIVED),
            new Applicant("Emma Vestergaard Olsen", "emma.vestergaard", ApplicationStatus.IN_SCREENING)), hr);
    }

    private List<UUID> apply(UUID caseId, List<Applicant> applicants, CurrentUser hr) {
        UUID postingId = postings.forCase(caseId).orElseThrow().id();
        var asked = questions.forCase(caseId);
        int consent = settings.currentConsent().version();
        var ids = new ArrayList<UUID>();
        for (int i = 0; i < applicants.size(); i++) {
            var a = applicants.get(i);
            var letter = Submissions.Upload.applicationLetter("Ansøgning " + a.name() + ".pdf",
                pdf("Ansøgning fra " + a.name(), "Jeg søger stillingen, fordi jeg gerne vil bruge min erfaring med "
                    + "data og analyse til at gøre kommunens rekruttering bedre."));
            var cv = Submissions.Upload.cv("CV " + a.name() + ".pdf", pdf("CV: " + a.name(),
                "Uddannet cand.scient.pol. Fem års erfaring med analyse og digitalisering i en kommune."));
            UUID id = submissions.submit(new Submissions.Submission(postingId, "demo-" + caseId + "-" + i,
                new Submissions.Applicant(a.name(), a.mail() + "@example.com", "+45 20 30 40 5" + i, "Demovej " + (i + 1),
                    "2200", "København N"),
                Submissions.Consent.to(consent), new Submissions.FormAnswers(answers(asked, i)),
                new Submissions.Enclosures(List.of(letter, cv)),
                new Submissions.Channel("jobsite", Locale.forLanguageTag("da"), site.baseUrl()))).applicationId();
            if (a.status() != ApplicationStatus.RECEIVED) {
                statusChanges.changeStatus(hr, id, a.status());
            }
            ids.add(id);
        }
        return ids;
    }

    /** Answers to every question the case asks, varied by applicant so that the board's columns differ. */
    private static Map<String, List<String>> answers(List<ScreeningQuestion> asked, int n) {
        var out = new LinkedHashMap<String, List<String>>();
        for (var q : asked) {
            var options = q.options();
            switch (q.kind()) {
                case YES_NO -> out.put(q.field(), List.of(n % 3 == 2 ? "no" : "yes"));
                case SINGLE_CHOICE -> out.put(q.field(), List.of(options.get(n % options.size()).id().toString()));
                case MULTIPLE_CHOICE -> out.put(q.field(), List.of(options.get(n % options.size()).id().toString(),
                    options.get((n + 1) % options.size()).id().toString()));
                case PRIORITISED -> {
                    for (int i = 0; i < options.size(); i++) {
                        out.put(q.field() + "-" + options.get(i).id(), List.of(String.valueOf((i + n) % options.size() + 1)));
                    }
                }
                case CLASSIFIED -> options.forEach(o -> out.put(q.field() + "-" + o.id(), List.of(String.valueOf(n % 3))));
                case FREE_TEXT -> out.put(q.field(), List.of(n % 2 == 0
                    ? "Jeg har været med til at bygge et sagssystem, som 400 sagsbehandlere bruger hver dag."
                    : "En selvbetjeningsløsning til borgerservice, skrevet i Java og Spring Boot."));
            }
        }
        return out;
    }

    /** A one-page PDF with a heading and a line of text, made here so the demo ships no files. */
    private static byte[] pdf(String heading, String text) {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(heading);
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.newLineAtOffset(0, -24);
                cs.showText(text.length() > 90 ? text.substring(0, text.lastIndexOf(' ', 90)) : text);
                if (text.length() > 90) {
                    cs.newLineAtOffset(0, -16);
                    cs.showText(text.substring(text.lastIndexOf(' ', 90) + 1));
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
