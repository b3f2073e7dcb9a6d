package dk.rekrut.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.rekrut.application.ApplicantSearch;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.Submissions;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search reads bounded lists from the database: the title list is the first cases of the full list, case by
 * case under the access policy (a case the SQL scope finds but the policy refuses is left out, as in the full list),
 * and the applicants are the first {@link ApplicantSearch#LIMIT} by name, each of them and no other audited.
 */
@RekrutTest
class BoundedSearchTest {

    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired Cases cases;
    @Autowired ApplicantSearch applicants;
    @Autowired OrganisationDirectory directory;
    @Autowired JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theBoundedTitleListIsTheFullListCutForEveryReader() {
        var limited = actor("hr.begraenset");
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            var posted = fixture.publish("Vindue " + tag + " " + i, 5 + i % 3, false);
            ids.add(posted.caseId());
            // Made by the limited HR user, who handles only every other one: the SQL scope (creator or member) finds
            // all seven, the access policy (handler) lets four through.
            jdbc.sql("UPDATE recruitment_case SET created_by = ? WHERE id = ?").params(limited.id(), posted.caseId()).update();
            if (i % 2 == 0) {
                cases.attach(fixture.hr(), posted.caseId(), limited.id(), TeamRole.HANDLER);
            }
        }
        var q = new Cases.ListQuery(Cases.Scope.UNIT, "vindue " + tag, null, null);
        for (CurrentUser reader : List.of(fixture.hr(), limited, actor("hr.buf"))) {
            var full = cases.list(reader, q);
            for (int limit = 1; limit <= 9; limit++) {
                assertThat(cases.list(reader, q, limit)).as("%s, limit %d", reader.username(), limit)
                    .containsExactlyElementsOf(full.subList(0, Math.min(limit, full.size())));
            }
        }
        assertThat(cases.list(limited, q)).extracting(RecruitmentCase::id)
            .containsExactlyInAnyOrder(ids.get(0), ids.get(2), ids.get(4), ids.get(6));
        assertThat(cases.list(fixture.hr(), q)).hasSize(7);
        assertThat(cases.list(actor("hr.buf"), q)).isEmpty();
    }

    @Test
    void moreApplicantsThanTheLimitGiveTheFirstByNameAndOnlyTheyAreRead() {
        var posted = fixture.publish("Mange " + tag, 10, false);
        var other = fixture.publish("Ikke min " + tag, 10, false);
        List<String> names = new ArrayList<>();
        Set<UUID> all = new HashSet<>();
        for (int i = 0; i < ApplicantSearch.LIMIT + 3; i++) {
            String name = "Ansøger " + tag + " " + (char) ('a' + i % 26) + (i / 26);
            names.add(name);
            all.add(apply(posted, name));
        }
        UUID outside = apply(other, "Ansøger " + tag + " udenfor");
        var member = actor("ansaettelse");
        cases.attach(fixture.hr(), posted.caseId(), member.id(), TeamRole.COMMITTEE_MEMBER);
        var visible = cases.list(member, new Cases.ListQuery(Cases.Scope.UNIT, null, null, null));

        var found = applicants.find(member, visible, tag.toUpperCase(Locale.ROOT));
        names.sort(Collator.getInstance(Locale.forLanguageTag("da")));
        assertThat(found).extracting(ApplicantSearch.Found::name).containsExactlyElementsOf(names.subList(0, ApplicantSearch.LIMIT));
        assertThat(found).allMatch(f -> f.caseId().equals(posted.caseId()));
        var read = new HashSet<>(jdbc.sql("SELECT object_id FROM audit_entry WHERE action = 'IDENTITY_READ' "
            + "AND details = 'search by HIRING_COMMITTEE' AND object_id IN ("
            + String.join(",", all.stream().map(id -> "'" + id + "'").toList()) + ", '" + outside + "')")
            .query(String.class).list());
        assertThat(read).containsExactlyInAnyOrderElementsOf(found.stream().map(f -> f.applicationId().toString()).toList());
    }

    private UUID apply(ApplicationFixture.Posted posted, String name) {
        return submissions.submit(ApplicationFixtures.submission(posted, name,
            "a." + UUID.randomUUID() + "@example.dk")).applicationId();
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
