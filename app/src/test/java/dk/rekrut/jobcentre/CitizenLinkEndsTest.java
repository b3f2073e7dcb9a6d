package dk.rekrut.jobcentre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import dk.rekrut.organisation.Role;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The citizen's private link ends when the consultant ends the course ("Afslut forløb"), not only when retention
 * deletes the profile months later: the link then shows a page that says so, and takes no answers.
 */
@RekrutTest
class CitizenLinkEndsTest {

    @Autowired MockMvc mvc;
    @Autowired Sources sources;
    @Autowired Harvester harvester;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private final String tag = "e" + UUID.randomUUID().toString().substring(0, 8);
    private Instant start;

    @BeforeEach
    void postings() {
        start = clock.instant();
        CitizenFixtures.harvestPostings(sources, harvester, tag, start, start.plus(Duration.ofDays(2)));
    }

    @AfterEach
    void endPostings() {
        clock.set(start);
        CitizenFixtures.endPostings(jdbc, tag);
    }

    @Test
    void endingTheCourseEndsThePrivateLink() throws Exception {
        var consultant = CitizensTest.as("jobkonsulent", Role.JOB_CONSULTANT);
        String email = "forloeb." + tag + "@example.dk";
        var person = new CitizenFixtures.Person("Birthe Kjærsgaard Holm", "220471-1836", email, "31 22 45 90");
        String pseudonym = mvc.perform(multipart("/jobcenter/borgere")
                .file(new MockMultipartFile("cv", "cv.txt", "text/plain", CitizenFixtures.nurseCv(person)))
                .param("fullName", person.name()).param("cpr", person.cpr()).param("email", email)
                .param("phone", person.phone()).param("wishes", "sygeplejerske").param("postcode", "2300")
                .param("maxKm", "25").with(consultant).with(csrf()))
            .andReturn().getResponse().getRedirectedUrl().substring("/jobcenter/borgere/".length());
        mvc.perform(get("/jobcenter/borgere/" + pseudonym).with(consultant));
        UUID posting = CitizenFixtures.posting(jdbc, tag, "n1");
        mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/send").param("postings", posting.toString())
            .with(consultant).with(csrf()));
        String body = jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ?").param(email)
            .query(String.class).single();
        var link = Pattern.compile("/jobcenter/forslag/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        String page = "/jobcenter/forslag/" + link.group(1);
        assertThat(mvc.perform(get(page)).andReturn().getResponse().getContentAsString())
            .contains("Sygeplejerske til medicinsk afdeling");

        mvc.perform(post("/jobcenter/borgere/" + pseudonym + "/afslut").with(consultant).with(csrf()));

        var ended = mvc.perform(get(page)).andReturn().getResponse();
        assertThat(ended.getStatus()).isEqualTo(410);
        assertThat(ended.getHeader("Cache-Control")).contains("no-store");
        assertThat(ended.getContentAsString()).contains("Dit forløb hos jobcentret er afsluttet")
            .doesNotContain("Sygeplejerske til medicinsk afdeling");
        var answer = mvc.perform(post(page + "/" + posting).param("answer", "HIRED").with(csrf()))
            .andReturn().getResponse();
        assertThat(answer.getRedirectedUrl()).isEqualTo(page);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM jobcentre_suggestion WHERE posting_id = ? AND answer IS NOT NULL")
            .param(posting).query(Integer.class).single()).isZero();
    }
}
