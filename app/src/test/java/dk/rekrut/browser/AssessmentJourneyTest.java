package dk.rekrut.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Applications;
import dk.rekrut.application.QuestionKind;
import dk.rekrut.correspondence.LetterKind;
import dk.rekrut.correspondence.MailTemplates;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.shared.Time;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 4, acceptance 1, in a real browser: three committee members rate ten candidates (one also rates one
 * question across all of them in the horizontal review), the chair ranks and shortlists four, HR creates slots and
 * invites them; the invitation e-mails carry iCalendar that ical4j reads as valid, at the typed Copenhagen times;
 * one candidate picks another slot through their private link and gets an updated invitation (same UID, higher
 * SEQUENCE); the others are rejected in bulk and get the right letter (before or after an interview); one is hired
 * and the case closes. The case, its team and the ten applications are set up through the services: creating a case
 * and applying are covered by {@link BrowserJourneysTest}.
 */
class AssessmentJourneyTest extends BrowserSuite {

    static final String CHAIR = "bedoemmelse";
    static final String MEMBER = "ansaettelse";
    static final String REVIEWER = "udvalg";
    static final String HR = "hr.udvidet";

    /** Each rater's score for candidate 0..9: sums 14, 14, 13, 11, 10, 8, 7, 5, 4, 3, so candidates 0-3 come first. */
    static final Map<String, int[]> SCORES = new LinkedHashMap<>();

    static {
        SCORES.put(CHAIR, new int[] {5, 5, 4, 4, 4, 3, 3, 2, 2, 1});
        SCORES.put(MEMBER, new int[] {5, 4, 5, 4, 3, 3, 2, 2, 1, 1});
        SCORES.put(REVIEWER, new int[] {4, 5, 4, 3, 3, 2, 2, 1, 1, 1});
    }

    record Candidate(UUID id, String number, String name, String email, String token) {
    }

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired OutboxWorker outbox;
    @Autowired MailTemplates templates;

    @Test
    void committeeRatesChairShortlistsHrInvitesRejectsAndClosesTheCase() throws Exception {
        String title = "Fuldmægtig, samtaleforløb " + System.nanoTime();
        var posted = fixture.publish(title, 10, false);
        UUID caseId = posted.caseId();
        var hr = fixture.hr();
        cases.attach(hr, caseId, userId(CHAIR), TeamRole.CHAIR);
        cases.attach(hr, caseId, userId(MEMBER), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, caseId, userId(REVIEWER), TeamRole.COMMITTEE_MEMBER);
        cases.attach(hr, caseId, userId("leder"), TeamRole.HIRING_MANAGER);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String email = "rejse-" + run + "-" + i + "@example.dk";
            String name = "Rejse Kandidat " + (char) ('A' + i);
            var receipt = submissions.submit(ApplicationFixtures.submission(posted, name, email));
            candidates.add(new Candidate(receipt.applicationId(), receipt.candidateNumber(), name, email, receipt.accessToken()));
        }
        outbox.deliverDue(); // the receipts go now, so the mails below are the journey's
        // Assessment starts after the deadline.
        clock.advance(Duration.ofDays(11));
        String list = url("/cases/" + caseId + "/candidates");

        // 1. Three committee members rate every candidate on their candidate pages.
        for (var rater : SCORES.entrySet()) {
            try (BrowserContext context = context()) {
                Page page = context.newPage();
                login(page, rater.getKey());
                page.navigate(list);
                assertThat(page.getByRole(AriaRole.TABLE).getByRole(AriaRole.LINK).allTextContents())
                    .map(String::strip).containsExactlyInAnyOrderElementsOf(numbers(candidates));
                for (int i = 0; i < candidates.size(); i++) {
                    rate(page, caseId, candidates.get(i), rater.getValue()[i], "Bedømt af " + rater.getKey());
                }
                page.navigate(list);
                for (int i = 0; i < candidates.size(); i++) {
                    assertThat(column(page, candidates.get(i).number(), "Min bedømmelse")).as("own rating on the list")
                        .isEqualTo(String.valueOf(rater.getValue()[i]));
                }
            }
        }

        // 2. One member rates the answers to one question side by side (horizontal review).
        var question = posted.question(QuestionKind.FREE_TEXT);
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, REVIEWER);
            page.navigate(list);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(question.text())).click();
            assertThat(heading(page)).isEqualTo("Vandret gennemgang");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(question.text())).isVisible()).isTrue();
            assertThat(page.getByRole(AriaRole.ROWHEADER).allTextContents()).map(String::strip)
                .containsExactlyInAnyOrderElementsOf(numbers(candidates));
            for (int i = 0; i < candidates.size(); i++) {
                String number = candidates.get(i).number();
                page.getByLabel("Bedømmelse " + number, new Page.GetByLabelOptions().setExact(true))
                    .selectOption(String.valueOf(SCORES.get(REVIEWER)[i]));
                page.getByLabel("Note " + number, new Page.GetByLabelOptions().setExact(true)).fill("Svar nr. " + (i + 1));
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
            for (int i = 0; i < candidates.size(); i++) {
                String number = candidates.get(i).number();
                assertThat(page.getByLabel("Bedømmelse " + number, new Page.GetByLabelOptions().setExact(true)).inputValue())
                    .isEqualTo(String.valueOf(SCORES.get(REVIEWER)[i]));
                assertThat(page.getByLabel("Note " + number, new Page.GetByLabelOptions().setExact(true)).inputValue())
                    .isEqualTo("Svar nr. " + (i + 1));
            }
        }

        // 3. The chair sorts by the committee's average, ranks all ten in that order and shortlists the top four.
        List<Candidate> shortlist = candidates.subList(0, 4);
        List<Candidate> others = candidates.subList(4, 10);
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, CHAIR);
            page.navigate(list);
            page.getByLabel("Sortér efter").selectOption("rating");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrér")).click();
            page.waitForURL(u -> u.contains("sort=rating"));
            List<String> byRating = numbersOnList(page);
            assertThat(byRating.subList(0, 4)).containsExactlyInAnyOrderElementsOf(numbers(shortlist));
            assertThat(byRating.subList(4, 10)).containsExactlyElementsOf(numbers(others));
            assertThat(column(page, candidates.get(3).number(), "Gennemsnit (antal)")).as("average (count) of three ratings").isEqualTo("3,7 (3)");
            for (int rank = 1; rank <= byRating.size(); rank++) {
                String number = byRating.get(rank - 1);
                page.getByLabel("Rangering " + number, new Page.GetByLabelOptions().setExact(true)).fill(String.valueOf(rank));
                if (rank <= 4) {
                    page.getByLabel("Til samtale " + number, new Page.GetByLabelOptions().setExact(true)).check();
                }
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem rangering og udvælgelse")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
            assertThat(page.locator("#preferential-warning").count()).as("no candidate declared preferential access").isZero();
            page.navigate(list); // sorted by the chair's ranking by default
            assertThat(numbersOnList(page)).containsExactlyElementsOf(byRating);
            for (var c : candidates) {
                assertThat(page.getByLabel("Til samtale " + c.number(), new Page.GetByLabelOptions().setExact(true)).isChecked())
                    .as("shortlisted %s", c.number()).isEqualTo(shortlist.contains(c));
            }
        }

        // 4. HR creates five slots (one spare) and invites the four shortlisted, one slot each.
        LocalDate day = Time.today(clock).plusDays(7);
        List<LocalDateTime> times = List.of(day.atTime(9, 0), day.atTime(10, 0), day.atTime(11, 0), day.atTime(13, 0),
            day.plusDays(1).atTime(14, 30));
        List<String> places = List.of("Rådhuset, lokale 1", "Rådhuset, lokale 2", "Rådhuset, lokale 3", "Rådhuset, lokale 4",
            "https://video.example.dk/samtale-5");
        String interviews = url("/cases/" + caseId + "/interviews");
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, HR);
            page.navigate(url("/cases/" + caseId));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samtaler")).click();
            page.waitForURL(interviews);
            for (int s = 0; s < times.size(); s++) {
                page.getByLabel("Tidspunkt", new Page.GetByLabelOptions().setExact(true)).fill(times.get(s).toString());
                page.getByLabel("Varighed i minutter").fill("45");
                page.getByLabel("Sted eller videolink", new Page.GetByLabelOptions().setExact(true)).fill(places.get(s));
                page.getByLabel("Andre i panelet", new Page.GetByLabelOptions().setExact(true)).fill("Birgit, Anders, Ulla og HR");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opret")).click();
                assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
            }
            // The table is re-rendered after the last "Opret": wait for it instead of counting the rows once.
            Locator slotRows = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Samtaletider"))
                .getByRole(AriaRole.ROW);
            page.waitForCondition(() -> slotRows.count() == 1 + times.size());
            assertThat(slotRows.count()).isEqualTo(1 + times.size());
            for (int s = 0; s < shortlist.size(); s++) {
                String number = shortlist.get(s).number();
                // An ordinary case: the candidate is named by name and number (new-user review, problem 1).
                Locator slot = page.getByLabel(shortlist.get(s).name() + " (" + number + ")",
                    new Page.GetByLabelOptions().setExact(true));
                slot.selectOption(slot.locator("option").filter(new Locator.FilterOptions().setHasText(places.get(s)))
                    .getAttribute("value"));
                page.locator("form").filter(new Locator.FilterOptions().setHas(slot))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Invitér til samtale")).click();
                assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Invitationen er sendt");
                assertThat(slotRow(page, places.get(s)).textContent())
                    .contains(shortlist.get(s).name() + " (" + number + ") (ikke svaret)");
            }
            page.navigate(list);
            for (var c : candidates) {
                assertThat(column(page, c.number(), "Status")).isEqualTo(shortlist.contains(c) ? "Inviteret til samtale" : "Modtaget");
            }
        }

        // 5. Each invitation is a valid iCalendar REQUEST at the typed Copenhagen time, to the candidate.
        outbox.deliverDue();
        List<String> uids = new ArrayList<>();
        for (int s = 0; s < shortlist.size(); s++) {
            var c = shortlist.get(s);
            MimeMessage mail = mailsTo(c.email(), m -> subject(m).startsWith("Invitation til samtale"), 1).getFirst();
            assertThat(subject(mail)).isEqualTo("Invitation til samtale: " + title);
            VEvent event = invitation(mail, "REQUEST");
            assertThat(prop(event, "SEQUENCE")).isEqualTo("0");
            assertStartsAt(event, times.get(s));
            assertThat(prop(event, "LOCATION")).isEqualTo(places.get(s));
            assertThat(prop(event, "ATTENDEE")).isEqualTo("mailto:" + c.email());
            assertThat(prop(event, "ORGANIZER")).startsWith("mailto:");
            uids.add(prop(event, "UID"));
        }
        assertThat(uids).doesNotHaveDuplicates();

        // 6. The fourth candidate picks the spare slot through their private link and gets an updated invitation.
        var mover = shortlist.get(3);
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            page.navigate(url("/my-application/" + mover.token() + "/interview"));
            assertThat(heading(page)).isEqualTo("Din samtale");
            assertThat(fact(page, "Sted eller videolink")).isEqualTo(places.get(3));
            Locator pick = page.getByLabel("Ledig tid");
            // Only the spare slot is free: the others are taken by the other candidates.
            assertThat(pick.locator("option").allTextContents()).singleElement().asString().contains(places.get(4));
            assertThat(seriousViolations(page, "the candidate's interview page")).isEmpty();
            pick.selectOption(pick.locator("option").first().getAttribute("value"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skift til denne tid")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Tak for dit svar");
            assertThat(fact(page, "Sted eller videolink")).isEqualTo(places.get(4));
            assertThat(fact(page, "Dit svar")).isEqualTo("kommer");
        }
        outbox.deliverDue();
        var moved = mailsTo(mover.email(), m -> subject(m).startsWith("Invitation til samtale"), 2);
        VEvent updated = null;
        for (var mail : moved) {
            VEvent e = invitation(mail, "REQUEST");
            if ("1".equals(prop(e, "SEQUENCE"))) {
                updated = e;
            }
        }
        assertThat(updated).as("an updated invitation with SEQUENCE 1").isNotNull();
        assertThat(prop(updated, "UID")).isEqualTo(uids.get(3));
        assertStartsAt(updated, times.get(4));
        assertThat(prop(updated, "ATTENDEE")).isEqualTo("mailto:" + mover.email());

        String reason = "Vi har lagt vægt på erfaring med sagsbehandling og gode samarbejdsevner.";
        try (BrowserContext context = context()) {
            Page page = context.newPage();
            login(page, HR);
            page.navigate(interviews);
            assertThat(slotRow(page, places.get(4)).textContent()).contains(mover.name() + " (" + mover.number() + ") (kommer)");
            assertThat(slotRow(page, places.get(3)).textContent()).doesNotContain(mover.number());

            // 7. HR rejects the six who were not shortlisted in one go: the ordinary rejection letter.
            page.navigate(list);
            rejectInBulk(page, others, reason);
            for (var c : others) {
                assertThat(column(page, c.number(), "Status")).isEqualTo("Afslag");
            }

            // 8. After the interviews: all four interviewed; the first is offered the position (choosing "Ansat" leads to
            // the offer with its letter first) and, once the offer is out, hired.
            for (var c : shortlist) {
                setStatus(page, caseId, c, "Til samtale");
            }
            offerOnTheWayToHired(page, caseId, shortlist.getFirst());
            setStatus(page, caseId, shortlist.getFirst(), "Ansat");
            page.navigate(url("/cases/" + caseId));
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tjekliste før afslutning")).textContent())
                .contains("Ikke opfyldt (blokerer):").contains("Alle ansøgere har fået et udfald");

            // 9. The three interviewed but not hired are rejected in bulk: the after-interview letter.
            page.navigate(list);
            rejectInBulk(page, shortlist.subList(1, 4), reason);
            assertThat(column(page, shortlist.getFirst().number(), "Status")).isEqualTo("Ansat");

            // 10. Every applicant has an outcome: the checklist is clear and the case closes.
            page.navigate(url("/cases/" + caseId));
            assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Tjekliste før afslutning")).textContent())
                .doesNotContain("blokerer");
            // Closing asks first, with the checklist point by point (issue 21, review problems 7 and 8). The interview
            // slots of this journey lie a week ahead (the statuses were set by hand): closing early needs a reason.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afslut sagen")).click();
            assertThat(heading(page)).isEqualTo("Afslut sagen");
            assertThat(page.locator("main").textContent().replaceAll("\\s+", " ")).contains("Opfyldt: Alle ansøgere har fået et udfald")
                .contains("Opfyldt: Ansøgningsfristen er udløbet.").contains("Ikke opfyldt: Ingen samtaler ligger ude i fremtiden.");
            page.getByLabel("Hvorfor afsluttes sagen før tid? *").fill("Samtalerne er holdt; kalenderen ryddes op bagefter.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, afslut sagen")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Sagen er afsluttet");
            assertThat(page.locator("main").textContent()).contains("Afsluttet før tid")
                .contains("Samtalerne er holdt; kalenderen ryddes op bagefter.");
            assertThat(fact(page, "Status")).isEqualTo("Afsluttet");
        }

        outbox.deliverDue();
        var rejection = templates.get(LetterKind.REJECTION, "da");
        var afterInterview = templates.get(LetterKind.REJECTION_AFTER_INTERVIEW, "da");
        assertThat(rejection.subject()).isNotEqualTo(afterInterview.subject());
        for (var c : candidates) {
            var letters = mailsTo(c.email(), m -> subject(m).startsWith("Vedrørende"), c == shortlist.getFirst() ? 0 : 1);
            if (c == shortlist.getFirst()) {
                assertThat(letters).as("the hired candidate gets no rejection").isEmpty();
                continue;
            }
            var template = others.contains(c) ? rejection : afterInterview;
            assertThat(letters).singleElement().satisfies(m -> {
                assertThat(subject(m)).isEqualTo(template.subject().replace("{{title}}", title));
                String body = body(m);
                assertThat(body).contains(reason).contains("Kære " + c.name()).contains(title);
                if (others.contains(c)) {
                    assertThat(body).contains("gå videre med andre kandidater").doesNotContain("Tak for samtalen");
                } else {
                    assertThat(body).contains("Tak for samtalen").doesNotContain("gå videre med andre kandidater");
                }
            });
        }
    }

    private BrowserContext context() {
        BrowserContext context = browser.newContext(danish().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** A committee member's rating with a comment on the candidate page, read back after saving. */
    private void rate(Page page, UUID caseId, Candidate c, int score, String comment) {
        page.navigate(url("/cases/" + caseId + "/candidates/" + c.id()));
        assertThat(heading(page)).contains(c.number());
        var form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"));
        form.getByLabel(String.valueOf(score), new Locator.GetByLabelOptions().setExact(true)).check();
        form.getByLabel("Kommentar").fill(comment);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
        var saved = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Din bedømmelse"));
        assertThat(saved.getByLabel(String.valueOf(score), new Locator.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
        assertThat(saved.getByLabel("Kommentar").inputValue()).isEqualTo(comment);
    }

    /** HR's status change on the candidate page. */
    private void setStatus(Page page, UUID caseId, Candidate c, String status) {
        page.navigate(url("/cases/" + caseId + "/candidates/" + c.id()));
        var region = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Skift status"));
        region.getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(status));
        region.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Gemt");
        assertThat(fact(page, "Status")).isEqualTo(status);
    }

    /** Chooses "Ansat" for a candidate not offered the position yet: the offer's confirmation comes first, and is sent. */
    private void offerOnTheWayToHired(Page page, UUID caseId, Candidate c) {
        page.navigate(url("/cases/" + caseId + "/candidates/" + c.id()));
        var region = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Skift status"));
        region.getByLabel("Status", new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Ansat"));
        region.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gem")).click();
        assertThat(heading(page)).isEqualTo("Tilbyd " + c.number() + " stillingen?");
        assertThat(page.locator("#offer-before-hire").textContent()).contains("ikke tilbudt stillingen endnu");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send tilbud om ansættelse")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("tilbudt stillingen");
        assertThat(fact(page, "Status")).isEqualTo("Tilbudt stillingen");
    }

    /** Ticks the candidates in the list's Afslag column, writes the reason and sends; the fixture declares no preferential access. */
    private static void rejectInBulk(Page page, List<Candidate> who, String reason) {
        for (var c : who) {
            page.getByLabel("Afslag " + c.number(), new Page.GetByLabelOptions().setExact(true)).check();
        }
        String list = page.url();
        // The letters and their count come first (issue 21, review problem 7); only that page sends them.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se afslagsbrevene før afsendelse")).click();
        assertThat(page.locator("#letter-previews").textContent()).contains(", på dansk: " + who.size() + " modtager");
        assertThat(page.locator("#preferential-warning").count()).isZero();
        page.getByLabel("Hvad vejede tungest for de valgte kandidater (indsættes i brevet)").fill(reason);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send " + who.size() + " afslag")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first().textContent()).contains("Afslagene er sendt");
        page.navigate(list);
    }

    private static List<String> numbers(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::number).toList();
    }

    /** The candidate numbers on the list, in the order shown (the first column ticks candidates to compare). */
    private static List<String> numbersOnList(Page page) {
        return page.locator("table.list tbody tr td:nth-child(2) a").allTextContents().stream().map(String::strip).toList();
    }

    /**
     * A cell of a candidate's row on the list, by its column's heading: an ordinary case's list also has name and
     * answer columns (issue 21), so positions depend on the case's questions.
     */
    private static String column(Page page, String number, String heading) {
        var headings = page.locator("table.list thead th").allTextContents().stream().map(String::strip).toList();
        assertThat(headings).contains(heading);
        return page.locator("table.list tbody tr").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number).setExact(true))))
            .locator("td").nth(headings.indexOf(heading)).textContent().strip();
    }

    /** The row of the slot table for a place. */
    private static Locator slotRow(Page page, String place) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Samtaletider")).getByRole(AriaRole.ROW)
            .filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL,
                new Page.GetByRoleOptions().setName(place).setExact(true))));
    }

    private static String fact(Page page, String term) {
        return page.locator("xpath=//dl[contains(@class,'facts')]/dt[normalize-space()='" + term
            + "']/following-sibling::dd[1]").textContent().strip();
    }

    private static String heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).first().textContent().strip();
    }

    /**
     * The mails to one address that match, waiting (up to ten seconds) until there are at least {@code atLeast}. The
     * suite shares one SMTP server, so mail is picked by recipient, never by position.
     */
    private static List<MimeMessage> mailsTo(String address, Predicate<MimeMessage> which, int atLeast) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<MimeMessage> found;
        do {
            found = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> to(m, address)).filter(which).toList();
            if (found.size() >= atLeast) {
                return found;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        assertThat(found).as("mails to %s", address).hasSizeGreaterThanOrEqualTo(atLeast);
        return found;
    }

    private static boolean to(MimeMessage m, String address) {
        try {
            return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mail's plain-text part, decoded. */
    private static String body(MimeMessage m) {
        try {
            String text = part(m, "text/plain");
            assertThat(text).as("a text part").isNotNull();
            return text;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/calendar part of a mail, read by ical4j and validated; its only event. */
    private static VEvent invitation(MimeMessage mail, String method) throws Exception {
        String ics = part(mail, "text/calendar");
        assertThat(ics).as("a text/calendar part").isNotNull().contains("\r\n").doesNotContain("a@rekrut.invalid");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate();
        assertThat(validation.hasErrors()).as("ical4j validation: %s", validation).isFalse();
        assertThat(((Property) calendar.getProperty("METHOD").orElseThrow()).getValue()).isEqualTo(method);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        return events.getFirst();
    }

    /** The first part of this MIME type, decoded as UTF-8 (attachments included). */
    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            try (InputStream in = part.getInputStream()) {
                var out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** DTSTART is given in Europe/Copenhagen (TZID) and is the local time HR typed. */
    private static void assertStartsAt(VEvent event, LocalDateTime local) {
        var start = event.getStartDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Copenhagen");
        ZonedDateTime zoned = ZonedDateTime.from(start.getDate());
        assertThat(zoned.toLocalDateTime()).isEqualTo(local);
        assertThat(zoned.toInstant()).isEqualTo(local.atZone(Time.DANISH).toInstant());
    }

    private static String prop(VEvent event, String name) {
        return ((Property) event.getProperty(name).orElseThrow()).getValue();
    }

    private UUID userId(String username) {
        return directory.userByUsername(username).orElseThrow().id();
    }
}
