package dk.rekrut.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.application.ScreeningQuestions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.publication.Postings;
import dk.rekrut.publication.Publication;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 21: a new case copied from an earlier one, through the form as HR does it: the job profile is filled in, and
 * saving copies the posting text, the media (from today, as long as they ran) and the screening questions. Only a
 * case the user can see can be copied.
 */
@RekrutTest
class CaseCopyTest {

    private static final String EARLIER = "IT-udvikler (Java) til KS Digital";

    @Autowired MockMvc mvc;
    @Autowired Cases cases;
    @Autowired Postings postings;
    @Autowired ScreeningQuestions questions;
    @Autowired OrganisationDirectory directory;

    @Test
    void hrCopiesAnEarlierCaseWithItsPostingMediaAndQuestions() throws Exception {
        var earlier = demoCase();
        String form = page("/cases/new?from=" + earlier.id(), "hr.udvidet");
        assertThat(form).contains("value=\"" + EARLIER + "\"", "name=\"copyFrom\" value=\"" + earlier.id() + "\"",
            earlier.profile().tasks());

        String title = "Kopi af udvikler " + UUID.randomUUID();
        var res = mvc.perform(post("/cases").with(as("hr.udvidet")).with(csrf())
                .param("title", title).param("unitId", earlier.unitId().toString())
                .param("deadline", LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString())
                .param("category", earlier.category().name())
                .param("employmentType", earlier.terms().employmentType().name())
                .param("tasks", earlier.profile().tasks()).param("copyFrom", earlier.id().toString()))
            .andReturn().getResponse();
        assertThat(res.getRedirectedUrl()).matches("/cases/[0-9a-f-]{36}");
        UUID copy = UUID.fromString(res.getRedirectedUrl().substring("/cases/".length()));
        assertThat(cases.find(copy).orElseThrow().title()).isEqualTo(title);

        assertThat(postings.forCase(copy).orElseThrow().introHtml())
            .isEqualTo(postings.forCase(earlier.id()).orElseThrow().introHtml()).isNotBlank();
        var before = postings.publications(earlier.id());
        var after = postings.publications(copy);
        assertThat(after).extracting(p -> p.medium().code())
            .containsExactlyInAnyOrderElementsOf(before.stream().map(p -> p.medium().code()).toList()).isNotEmpty();
        LocalDate today = after.getFirst().startsOn();
        for (Publication p : before) {
            var copied = after.stream().filter(a -> a.medium().code().equals(p.medium().code())).findFirst().orElseThrow();
            assertThat(copied.startsOn()).isEqualTo(today);
            assertThat(copied.endsOn() == null ? null : ChronoUnit.DAYS.between(copied.startsOn(), copied.endsOn()))
                .as(p.medium().code()).isEqualTo(p.endsOn() == null ? null : ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()));
        }
        assertThat(describe(questions.forCase(copy))).isEqualTo(describe(questions.forCase(earlier.id()))).isNotEmpty();
    }

    @Test
    void aCaseTheUserCannotSeeCannotBeCopied() throws Exception {
        var earlier = demoCase();
        var bufHr = directory.userByUsername("hr.buf").orElseThrow();
        var shown = mvc.perform(get("/cases/new?from=" + earlier.id()).with(as("hr.buf"))).andReturn().getResponse();
        assertThat(shown.getStatus()).isIn(403, 404);
        assertThat(shown.getContentAsString()).doesNotContain(earlier.profile().tasks());

        String title = "Ulovlig kopi " + UUID.randomUUID();
        var res = mvc.perform(post("/cases").with(as("hr.buf")).with(csrf())
                .param("title", title).param("unitId", bufHr.unitId().toString())
                .param("deadline", LocalDateTime.now().plusDays(30).withNano(0).withSecond(0).toString())
                .param("category", "IT").param("employmentType", earlier.terms().employmentType().name())
                .param("copyFrom", earlier.id().toString()))
            .andReturn().getResponse();
        assertThat(res.getStatus()).isIn(403, 404);
        var buf = new CurrentUser(bufHr.id(), bufHr.username(), bufHr.displayName(), bufHr.unitId(), bufHr.role());
        assertThat(cases.list(buf, new Cases.ListQuery(Cases.Scope.UNIT, title, null, null))).isEmpty();
    }

    private RecruitmentCase demoCase() {
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        var actor = new CurrentUser(hr.id(), hr.username(), hr.displayName(), hr.unitId(), hr.role());
        return cases.list(actor, new Cases.ListQuery(Cases.Scope.UNIT, EARLIER, null, null)).stream()
            .filter(c -> c.title().equals(EARLIER)).findFirst().orElseThrow();
    }

    private static List<String> describe(List<ScreeningQuestion> qs) {
        return qs.stream().map(q -> q.kind() + "|" + q.text() + "|" + q.required() + "|" + q.maxLength() + "|"
            + q.minChoices() + "|" + q.maxChoices() + "|" + q.options().stream().map(ScreeningQuestion.Option::label).toList()
            + "|" + q.classLabels()).toList();
    }

    private String page(String url, String username) throws Exception {
        MockHttpServletResponse res = mvc.perform(get(url).with(as(username))).andReturn().getResponse();
        res.setCharacterEncoding("UTF-8");
        assertThat(res.getStatus()).as(url).isEqualTo(200);
        return res.getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return user(username).authorities(new SimpleGrantedAuthority(u.role().authority()));
    }
}
