package dk.rekrut.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.support.RekrutTest;
import dk.rekrut.support.StaffRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 21: the search across cases over HTTP. Cases by title for whoever may see them; applicants by name or e-mail
 * only in ordinary cases the reader may see; an anonymous case's applicants are found by nobody, HR included; a case
 * of another unit stays hidden; an empty search shows the hint and a search without hits says so in Danish.
 */
@RekrutTest
class SearchTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    StaffRequests staff;

    @BeforeEach
    void setUp() {
        staff = new StaffRequests(mvc, directory);
    }

    @Test
    void hrFindsACaseByTitleAndAnApplicantOfAnOrdinaryCaseByNameAndEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var posted = fixture.publish("Søgbar socialrådgiver " + tag, 10, false);
        UUID id = apply(posted, "Xenia Søgeberg", "xenia." + tag + "@example.dk");

        String byTitle = search(tag, "hr.udvidet");
        assertThat(byTitle).contains("Søgbar socialrådgiver " + tag).contains("/cases/" + posted.caseId())
            .contains("Xenia Søgeberg"); // the e-mail holds the tag too
        String byName = search("SØGEBERG", "hr.udvidet");
        assertThat(byName).contains("Xenia Søgeberg")
            .contains("/cases/" + posted.caseId() + "/candidates/" + id).contains("Modtaget");
        // Every name found is an audited read of identity.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'IDENTITY_READ' AND object_id = ? "
            + "AND actor = 'hr.udvidet' AND details = 'search by HR_EXTENDED'").param(id.toString())
            .query(Integer.class).single()).isPositive();
        // LIKE's own characters are text, not wildcards.
        assertThat(search("%_%", "hr.udvidet")).doesNotContain("Xenia Søgeberg")
            .contains("Ingen sager eller ansøgere passer på");
    }

    @Test
    void theCommitteeFindsApplicantsOnlyInOrdinaryCasesItIsOnAndHrOfAnotherUnitFindsNothing() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var ordinary = fixture.publish("Åben sag " + tag, 10, false);
        var other = fixture.publish("Anden sag " + tag, 10, false);
        cases.attach(fixture.hr(), ordinary.caseId(), directory.userByUsername("ansaettelse").orElseThrow().id(),
            TeamRole.COMMITTEE_MEMBER);
        apply(ordinary, "Yrsa Findes " + tag, "yrsa." + tag + "@example.dk");
        apply(other, "Zacharias Skjult " + tag, "zacharias." + tag + "@example.dk");

        String member = search(tag, "ansaettelse");
        assertThat(member).contains("Åben sag " + tag).contains("Yrsa Findes")
            .doesNotContain("Anden sag " + tag).doesNotContain("Zacharias");
        String otherUnit = search(tag, "hr.buf");
        assertThat(otherUnit).doesNotContain(tag + "</").doesNotContain("Yrsa").doesNotContain("Zacharias")
            .contains("Ingen sager eller ansøgere passer på");
    }

    @Test
    void nobodyFindsAnApplicantOfAnAnonymousCaseByNameOrEmail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var anonymous = fixture.publish("Anonym sag " + tag, 10, true);
        cases.attach(fixture.hr(), anonymous.caseId(), directory.userByUsername("bedoemmelse").orElseThrow().id(),
            TeamRole.CHAIR);
        UUID id = apply(anonymous, "Åse Hemmelig " + tag, "aase." + tag + "@example.dk");

        for (String reader : new String[] {"hr.udvidet", "bedoemmelse"}) {
            for (String q : new String[] {"Hemmelig " + tag, "aase." + tag, tag}) {
                String page = search(q, reader);
                // The box echoes the query; the applicant's name and page must not be there.
                assertThat(page).as("%s searching %s", reader, q).doesNotContain("Åse").doesNotContain("Hemmelig " + tag + "</")
                    .doesNotContain("/candidates/" + id).doesNotContain(id.toString());
            }
        }
        // The case itself is found by its title by those who may see it.
        assertThat(search("Anonym sag " + tag, "bedoemmelse")).contains("Anonym sag " + tag);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'IDENTITY_READ' AND object_id = ? "
            + "AND details LIKE 'search by %'").param(id.toString()).query(Integer.class).single()).isZero();
    }

    /**
     * Security review 2026-12-07 (sec5): what the user types is matched as typed, LIKE's '_' and '%' and the escape
     * character '!' included, so a search finds the literal text and never a neighbour that a wildcard would match.
     */
    @Test
    void underscorePercentAndTheEscapeCharacterAreMatchedAsTyped() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var posted = fixture.publish("Tegn " + tag, 10, false);
        apply(posted, "Ulrik Understreg", "u_s." + tag + "@example.dk");
        apply(posted, "Ulla Usynlig", "uxs." + tag + "@example.dk");
        apply(posted, "Pia Procent 100!% " + tag, "pia." + tag + "@example.dk");
        apply(posted, "Per Procent 100!x " + tag, "per." + tag + "@example.dk");

        assertThat(search("u_s." + tag, "hr.udvidet")).contains("Ulrik Understreg").doesNotContain("Ulla Usynlig");
        assertThat(search("100!% " + tag, "hr.udvidet")).contains("Pia Procent").doesNotContain("Per Procent");
        assertThat(search("100!x " + tag, "hr.udvidet")).contains("Per Procent").doesNotContain("Pia Procent");
        assertThat(search("Tegn " + tag.substring(0, 4) + "_" + tag.substring(5), "hr.udvidet"))
            .doesNotContain("/cases/" + posted.caseId() + "\"");
    }

    @Test
    void anEmptySearchShowsTheHintAndTheBoxIsInTheNavigation() throws Exception {
        String page = staff.page("/cases/search", "hr.udvidet");
        assertThat(page).contains("Skriv hvad du søger efter").doesNotContain("Ingen sager eller ansøgere");
        var blank = staff.send(get("/cases/search").param("q", "   "), "leder");
        assertThat(blank.getContentAsString()).contains("Skriv hvad du søger efter");
        assertThat(search("x", "hr.udvidet")).contains("Ansøgere søges først fra to tegn.");
        assertThat(staff.page("/tasks", "hr.udvidet")).contains("action=\"/cases/search\"").contains("role=\"search\"");
        assertThat(staff.page("/admin/users", "admin")).doesNotContain("action=\"/cases/search\"");
        assertThat(staff.send(get("/cases/search?q=a"), "admin").getStatus()).isEqualTo(403);
        assertThat(staff.send(post("/cases/search").param("q", "zzqqxx").param("lang", "en").with(csrf()), "hr.udvidet")
            .getContentAsString()).contains("No cases or applicants match");
    }

    private String search(String q, String username) throws Exception {
        var res = staff.send(post("/cases/search").param("q", q).with(csrf()), username);
        assertThat(res.getStatus()).as(q).isEqualTo(200);
        return res.getContentAsString();
    }

    private UUID apply(ApplicationFixture.Posted posted, String name, String email) {
        var s = ApplicationFixtures.submission(posted, email);
        return submissions.submit(s.by(s.applicant().withName(name))).applicationId();
    }
}
