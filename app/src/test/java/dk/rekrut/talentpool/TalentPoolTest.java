package dk.rekrut.talentpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.rekrut.privacy.RetentionHold;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.application.Submissions;
import dk.rekrut.application.ApplicationFixtures;
import dk.rekrut.application.TestDocuments;
import dk.rekrut.correspondence.OutboxWorker;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.OutboxMessages;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7, acceptance 1 at service and HTTP level: an offer from a case makes nobody a member until the candidate
 * accepts by the e-mail's link (GET shows, POST with CSRF accepts); HR finds her by icon and rating; a reminder goes
 * out the set time before her consent ends (once), and after it ends she is removed and deleted. Self-enrolment
 * with a CV is double opt-in, CV inspected, and leaving deletes the CV file.
 */
@RekrutTest
class TalentPoolTest {

    @Autowired TalentPools pools;
    @Autowired PoolAdministration administration;
    @Autowired ConsentExpiry expiry;
    @Autowired ApplicationFixture fixture;
    @Autowired Submissions submissions;
    @Autowired OrganisationDirectory directory;
    @Autowired OutboxWorker worker;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    private OutboxMessages outbox;
    @Autowired MockMvc mvc;
    @Autowired List<RetentionHold> holds;

    private Instant start;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void remember() {
        outbox = new OutboxMessages(jdbc);
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    @Test
    void anOfferedCandidateJoinsOnlyByTheLinkIsFoundByIconAndRatingIsRemindedAndThenRemoved() throws Exception {
        var hr = fixture.hr();
        var pool = administration.createPool("Ledere " + run, "Ledertalenter", 12, false);
        var leader = administration.createIcon("Lederpotentiale " + run);
        var specialist = administration.createIcon("Specialist " + run);
        var posted = fixture.publish("Emnebank " + run, 20, false);
        String anna = "anna-" + run + "@example.dk";
        String bo = "bo-" + run + "@example.dk";
        UUID annaApp = submissions.submit(ApplicationFixtures.submission(posted, anna)).applicationId();
        UUID boApp = submissions.submit(ApplicationFixtures.submission(posted, bo)).applicationId();

        pools.offer(hr, posted.caseId(), annaApp, pool.id(), "http://localhost");
        pools.offer(hr, posted.caseId(), boApp, pool.id(), "http://localhost");
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).as("nobody before accepting").isEmpty();
        assertThat(pools.hasValidConsent(annaApp)).isFalse();
        assertThat(audited("TALENT_POOL_OFFERED", annaApp)).isTrue();

        String annaLink = outbox.link(anna, "TALENT_POOL_OFFER", "/jobs/talent-pool/consent/");
        mvc.perform(get(OutboxMessages.path(annaLink))).andExpect(status().isOk());
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).as("GET changes nothing").isEmpty();
        mvc.perform(post(OutboxMessages.path(annaLink))).andExpect(status().isForbidden()); // no CSRF token: a forged form does nothing
        mvc.perform(post(OutboxMessages.path(annaLink)).with(csrf())).andExpect(status().isOk());

        var found = members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null));
        assertThat(found).extracting(Member::email).containsExactly(anna);
        var member = found.getFirst();
        assertThat(member.sourceApplicationId()).isEqualTo(annaApp);
        assertThat(pools.hasValidConsent(annaApp)).isTrue();
        assertThat(pools.hasValidConsent(boApp)).isFalse();
        // The retention job is told to keep Anna's application while her consent runs, and Bo's not.
        assertThat(holds).filteredOn(h -> h.reason().equals("talent-pool")).singleElement()
            .satisfies(h -> assertThat(h.holds(annaApp)).isTrue()).satisfies(h -> assertThat(h.holds(boApp)).isFalse());
        Instant until = member.consentUntil();
        assertThat(until).isBetween(start.plus(Duration.ofDays(364)), start.plus(Duration.ofDays(367)));

        pools.tag(hr, member.id(), List.of(leader.id()), 4);
        assertThat(members(hr, new TalentPools.Search(null, null, Set.of(leader.id()), 4))).extracting(Member::email).containsExactly(anna);
        assertThat(members(hr, new TalentPools.Search(null, null, Set.of(leader.id()), 5))).isEmpty();
        assertThat(members(hr, new TalentPools.Search(null, null, Set.of(leader.id(), specialist.id()), null))).isEmpty();
        assertThat(members(hr, new TalentPools.Search("anna-" + run, pool.id(), Set.of(), null))).hasSize(1);
        assertThat(members(hr, new TalentPools.Search("ingen-" + run, pool.id(), Set.of(), null))).isEmpty();

        // The reminder goes out 30 days before the end (not 31), once.
        clock.set(until.minus(Duration.ofDays(31)));
        expiry.run();
        assertThat(outbox.count(anna, "TALENT_POOL_REMINDER")).isZero();
        clock.set(until.minus(Duration.ofDays(29)));
        expiry.run();
        expiry.run();
        assertThat(outbox.count(anna, "TALENT_POOL_REMINDER")).isEqualTo(1);
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).hasSize(1);
        assertThat(outbox.link(anna, "TALENT_POOL_REMINDER", "/jobs/talent-pool/consent/")).isNotEqualTo(annaLink);

        // After the end: removed and deleted, her icons with her; Bo's offer, never accepted, is gone as well.
        clock.set(until.plus(Duration.ofMinutes(1)));
        expiry.run();
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_member WHERE pool_id = ?").param(pool.id()).query(Integer.class).single())
            .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_member_icon WHERE icon_id = ?").param(leader.id()).query(Integer.class).single())
            .isZero();
        assertThat(pools.hasValidConsent(annaApp)).isFalse();
        mvc.perform(get(OutboxMessages.path(annaLink))).andExpect(status().isNotFound());
    }

    @Test
    void theReminderLinkRenewsTheConsent() throws Exception {
        var hr = fixture.hr();
        var pool = administration.createPool("Forny " + run, null, 6, false);
        var posted = fixture.publish("Forny " + run, 20, false);
        String email = "carl-" + run + "@example.dk";
        UUID app = submissions.submit(ApplicationFixtures.submission(posted, email)).applicationId();
        pools.offer(hr, posted.caseId(), app, pool.id(), "http://localhost");
        mvc.perform(post(OutboxMessages.path(outbox.link(email, "TALENT_POOL_OFFER", "/jobs/talent-pool/consent/"))).with(csrf()))
            .andExpect(status().isOk());
        Instant until = members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null)).getFirst().consentUntil();

        clock.set(until.minus(Duration.ofDays(10)));
        expiry.run();
        mvc.perform(post(OutboxMessages.path(outbox.link(email, "TALENT_POOL_REMINDER", "/jobs/talent-pool/consent/"))).with(csrf()))
            .andExpect(status().isOk());
        var renewed = members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null)).getFirst();
        assertThat(renewed.consentUntil()).isAfter(until.plus(Duration.ofDays(150)));
        clock.set(until.plus(Duration.ofDays(1)));
        expiry.run();
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).as("renewed: kept").hasSize(1);
    }

    @Test
    void selfEnrolmentIsDoubleOptInWithAnInspectedCvAndLeavingDeletesTheFile() throws Exception {
        var hr = fixture.hr();
        var pool = administration.createPool("Åben " + run, null, 12, true);
        String email = "dorte-" + run + "@example.dk";
        byte[] cv = TestDocuments.pdf("Dorte CV " + run);

        mvc.perform(multipart("/jobs/talent-pool").file(new MockMultipartFile("cv", "virus.exe", "application/octet-stream",
                    ("MZ" + "\0".repeat(200)).getBytes(StandardCharsets.ISO_8859_1)))
                .param("poolId", pool.id().toString()).param("name", "Dorte").param("email", email)
                .param("profile", "Økonom").param("consent", "true").with(csrf()))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_member WHERE email = ?").param(email).query(Integer.class).single())
            .as("a refused file enrols nobody").isZero();

        mvc.perform(multipart("/jobs/talent-pool").file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", cv))
                .param("poolId", pool.id().toString()).param("name", "Dorte Dam").param("email", email)
                .param("profile", "Økonom med flair for data").param("consent", "true").with(csrf()))
            .andExpect(status().isOk());
        assertThat(members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null))).as("unconfirmed").isEmpty();
        UUID file = jdbc.sql("SELECT cv_file_id FROM talent_member WHERE email = ?").param(email).query(UUID.class).single();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE id = ?").param(file).query(Integer.class).single()).isOne();

        String link = outbox.link(email, "TALENT_POOL_CONFIRM", "/jobs/talent-pool/consent/");
        mvc.perform(post(OutboxMessages.path(link)).with(csrf())).andExpect(status().isOk());
        var member = members(hr, new TalentPools.Search("flair", pool.id(), Set.of(), null));
        assertThat(member).extracting(Member::name).containsExactly("Dorte Dam");

        var hrLogin = user("hr.udvidet").authorities(new SimpleGrantedAuthority(Role.HR_EXTENDED.authority()));
        byte[] downloaded = mvc.perform(get("/talent-pools/members/" + member.getFirst().id() + "/cv").with(hrLogin))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(cv);
        var committee = user("bedoemmelse").authorities(new SimpleGrantedAuthority(Role.ASSESSMENT_COMMITTEE.authority()));
        mvc.perform(get("/talent-pools/members/" + member.getFirst().id() + "/cv").with(committee)).andExpect(status().isForbidden());
        assertThatThrownBy(() -> pools.search(actor("bedoemmelse"), TalentPools.Search.ALL)).isInstanceOf(ForbiddenException.class);

        mvc.perform(post(OutboxMessages.path(link) + "/leave").with(csrf())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM talent_member WHERE email = ?").param(email).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE id = ?").param(file).query(Integer.class).single()).isZero();
    }

    @Test
    void hrSendsAPublicPostingToMembersOnceAndOnlyFromTheirOwnCase() throws Exception {
        var hr = fixture.hr();
        var pool = administration.createPool("Opslag " + run, null, 12, false);
        var posted = fixture.publish("Opslag til emnebank " + run, 20, false);
        String email = "eva-" + run + "@example.dk";
        UUID app = submissions.submit(ApplicationFixtures.submission(posted, email)).applicationId();
        pools.offer(hr, posted.caseId(), app, pool.id(), "http://localhost");
        mvc.perform(post(OutboxMessages.path(outbox.link(email, "TALENT_POOL_OFFER", "/jobs/talent-pool/consent/"))).with(csrf()));
        UUID member = members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null)).getFirst().id();

        assertThat(pools.sendPosting(hr, posted.caseId(), List.of(member), "http://localhost")).isOne();
        assertThat(pools.sendPosting(hr, posted.caseId(), List.of(member), "http://localhost")).isOne();
        assertThat(outbox.count(email, "TALENT_POOL_POSTING")).as("the same posting never twice").isOne();
        assertThat(outbox.link(email, "TALENT_POOL_POSTING", "/jobs/")).isEqualTo("http://localhost/jobs/" + posted.postingId());

        var otherUnitHr = actor("hr.buf");
        assertThatThrownBy(() -> pools.sendPosting(otherUnitHr, posted.caseId(), List.of(member), "http://localhost"))
            .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> pools.offer(otherUnitHr, posted.caseId(), app, pool.id(), "http://localhost"))
            .isInstanceOf(RuntimeException.class);
    }

    /**
     * Security review observation: a pending offer (name, e-mail) was readable by id by HR of any branch. Now only HR
     * who may manage the offer's case sees it; after the person accepts, the pool is the organisation's.
     */
    @Test
    void aPendingOfferIsSeenOnlyByHrOfItsCaseAndAnActiveMemberByAllHr() throws Exception {
        var hr = fixture.hr();
        var otherBranch = actor("hr.buf");
        var pool = administration.createPool("Afventer " + run, null, 12, false);
        var posted = fixture.publish("Afventer " + run, 20, false);
        String email = "frida-" + run + "@example.dk";
        UUID app = submissions.submit(ApplicationFixtures.submission(posted, email)).applicationId();
        pools.offer(hr, posted.caseId(), app, pool.id(), "http://localhost");
        UUID member = jdbc.sql("SELECT id FROM talent_member WHERE email = ?").param(email).query(UUID.class).single();

        assertThat(pools.member(hr, member).email()).isEqualTo(email);
        assertThatThrownBy(() -> pools.member(otherBranch, member)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pools.tag(otherBranch, member, Set.of(), 3)).isInstanceOf(NotFoundException.class);
        var buf = directory.userByUsername("hr.buf").orElseThrow();
        var asBuf = user("hr.buf").authorities(new SimpleGrantedAuthority(buf.role().authority()));
        mvc.perform(get("/talent-pools/members/" + member).with(asBuf)).andExpect(status().isNotFound());
        mvc.perform(get("/talent-pools/members/" + member + "/cv").with(asBuf)).andExpect(status().isNotFound());

        mvc.perform(post(OutboxMessages.path(outbox.link(email, "TALENT_POOL_OFFER", "/jobs/talent-pool/consent/"))).with(csrf()))
            .andExpect(status().isOk());
        assertThat(pools.member(otherBranch, member).status()).isEqualTo(MemberStatus.ACTIVE);
    }

    /** Two instances running the expiry job at the same moment: each member is reminded once, and nothing fails. */
    @Test
    void twoInstancesRunningTheExpiryAtOnceRemindEachMemberOnce() throws Exception {
        var hr = fixture.hr();
        var pool = administration.createPool("Samtidig " + run, null, 12, false);
        var posted = fixture.publish("Samtidig " + run, 20, false);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "samtidig" + i + "-" + run + "@example.dk";
            UUID app = submissions.submit(ApplicationFixtures.submission(posted, email)).applicationId();
            pools.offer(hr, posted.caseId(), app, pool.id(), "http://localhost");
            pools.accept(outbox.link(email, "TALENT_POOL_OFFER", "/jobs/talent-pool/consent/").replaceFirst(".*/", ""));
            emails.add(email);
        }
        Instant until = members(hr, new TalentPools.Search(null, pool.id(), Set.of(), null)).getFirst().consentUntil();
        clock.set(until.minus(Duration.ofDays(20)));
        var barrier = new CyclicBarrier(2);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(executor.submit(() -> { barrier.await(); return expiry.run(); }),
                executor.submit(() -> { barrier.await(); return expiry.run(); }));
            for (var r : runs) {
                r.get(60, TimeUnit.SECONDS); // an exception in either run fails here
            }
        } finally {
            executor.shutdownNow();
        }
        for (String email : emails) {
            assertThat(outbox.count(email, "TALENT_POOL_REMINDER")).as(email).isOne();
        }
    }

    private List<Member> members(CurrentUser hr, TalentPools.Search search) {
        return pools.search(hr, search);
    }

    private boolean audited(String action, UUID applicationId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND details LIKE ?")
            .params(action, "%" + applicationId + "%").query(Integer.class).single() > 0;
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }
}
