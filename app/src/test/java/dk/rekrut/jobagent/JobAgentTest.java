package dk.rekrut.jobagent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import dk.rekrut.application.ApplicationFixture;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.OutboxMessages;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 7, acceptance 2: a subscription made on the public site is confirmed by double opt-in; the next digest lists
 * exactly the new public postings that match (not those public before, not those that do not match), the one after
 * does not repeat them; every mail has an unsubscribe link (its page asks, its button posts; the RFC 8058 POST needs no session);
 * unconfirmed subscriptions are gone after the set time (7 days).
 */
@RekrutTest
class JobAgentTest {

    @Autowired JobAgentDigest digest;
    @Autowired ApplicationFixture fixture;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    private OutboxMessages outbox;
    @Autowired MockMvc mvc;

    private Instant start;
    private final String word = "kw" + UUID.randomUUID().toString().substring(0, 8);

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
    void aConfirmedSubscriptionGetsExactlyTheNewMatchingPostingsOnceAndUnsubscribesInOneClick() throws Exception {
        String email = "agent-" + word + "@example.dk";
        var before = fixture.publish("Analytiker " + word + " før", 30, false);
        UUID unit = fixture.hr().unitId();

        mvc.perform(post("/jobs/agent").param("email", email).param("keywords", word).param("unit", unit.toString())
            .with(csrf())).andExpect(status().isOk());
        assertThat(subscriptions(email)).isOne();
        String confirm = outbox.link(email, "JOB_AGENT_CONFIRM", "/jobs/agent/confirm/");
        String unsubscribe = outbox.link(email, "JOB_AGENT_CONFIRM", "/jobs/agent/unsubscribe/");
        assertThat(listUnsubscribe(email, "JOB_AGENT_CONFIRM")).isEqualTo(unsubscribe);

        var unconfirmed = fixture.publish("Analytiker " + word + " ubekræftet", 30, false);
        clock.advance(Duration.ofDays(1));
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).as("nothing before confirmation").isZero();

        mvc.perform(get(OutboxMessages.path(confirm))).andExpect(status().isOk());
        assertThat(confirmed(email)).as("GET only shows the page").isFalse();
        mvc.perform(post(OutboxMessages.path(confirm)).with(csrf())).andExpect(status().isOk());
        assertThat(confirmed(email)).isTrue();

        var matching = fixture.publish("Konsulent " + word, 30, false);
        var otherWords = fixture.publish("Konsulent uden søgeord " + UUID.randomUUID(), 30, false);
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).as("the next digest is tomorrow").isZero();

        clock.advance(Duration.ofDays(1));
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).isOne();
        assertThat(postingsIn(newestDigest(email))).containsExactly(matching.postingId());
        assertThat(newestDigest(email)).doesNotContain(before.postingId().toString(), unconfirmed.postingId().toString(),
            otherWords.postingId().toString());
        // digests are sent by the scheduled job, so their links use rekrut.public-base-url; the token is the same
        assertThat(OutboxMessages.path(listUnsubscribe(email, "JOB_AGENT_DIGEST"))).isEqualTo(OutboxMessages.path(unsubscribe));
        assertThat(newestDigest(email)).contains(OutboxMessages.path(unsubscribe));

        var later = fixture.publish("Specialist " + word, 30, false);
        clock.advance(Duration.ofDays(1));
        digest.run();
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).isEqualTo(2);
        assertThat(postingsIn(newestDigest(email))).containsExactly(later.postingId());

        clock.advance(Duration.ofDays(1));
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).as("nothing new: no mail").isEqualTo(2);

        // Opening the link (as a mail scanner does) only asks; the page's button unsubscribes, without a session.
        var asked = mvc.perform(get(OutboxMessages.path(unsubscribe))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(subscriptions(email)).as("a GET deletes nothing (security round sec9)").isOne();
        assertThat(asked.getContentAsString()).contains("action=\"" + OutboxMessages.path(unsubscribe) + "\"");
        assertThat(asked.getCookie("SESSION")).as("the question starts no session").isNull();
        mvc.perform(post(OutboxMessages.path(unsubscribe))).andExpect(status().isOk());
        assertThat(subscriptions(email)).isZero();
        mvc.perform(post(OutboxMessages.path(unsubscribe))).andExpect(status().isOk()); // a second click finds nothing, quietly
        mvc.perform(get(OutboxMessages.path(unsubscribe))).andExpect(status().isOk());
        fixture.publish("Efter afmelding " + word, 30, false);
        clock.advance(Duration.ofDays(1));
        digest.run();
        assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).isEqualTo(2);
    }

    @Test
    void theRfc8058OneClickPostUnsubscribesWithoutSessionOrCsrfToken() throws Exception {
        String email = "post-" + word + "@example.dk";
        mvc.perform(post("/jobs/agent").param("email", email).with(csrf())).andExpect(status().isOk());
        String unsubscribe = outbox.link(email, "JOB_AGENT_CONFIRM", "/jobs/agent/unsubscribe/");
        mvc.perform(post(OutboxMessages.path(unsubscribe)).contentType("application/x-www-form-urlencoded")
            .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());
        assertThat(subscriptions(email)).isZero();
    }

    @Test
    void unconfirmedSubscriptionsAreGoneAfterSevenDays() throws Exception {
        String email = "late-" + word + "@example.dk";
        mvc.perform(post("/jobs/agent").param("email", email).param("keywords", word).with(csrf())).andExpect(status().isOk());
        String confirm = outbox.link(email, "JOB_AGENT_CONFIRM", "/jobs/agent/confirm/");
        clock.advance(Duration.ofDays(7).minusMinutes(1));
        digest.run();
        assertThat(subscriptions(email)).isOne();
        clock.advance(Duration.ofMinutes(2));
        digest.run();
        assertThat(subscriptions(email)).isZero();
        mvc.perform(get(OutboxMessages.path(confirm))).andExpect(status().isNotFound());
    }

    /** Two instances running the digest at the same moment: each subscription gets one digest, and nothing fails. */
    @Test
    void twoInstancesRunningTheDigestAtOnceSendEachSubscriptionOneDigest() throws Exception {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "samtidig" + i + "-" + word + "@example.dk";
            mvc.perform(post("/jobs/agent").param("email", email).param("keywords", word).with(csrf())).andExpect(status().isOk());
            mvc.perform(post(OutboxMessages.path(outbox.link(email, "JOB_AGENT_CONFIRM", "/jobs/agent/confirm/"))).with(csrf())).andExpect(status().isOk());
            emails.add(email);
        }
        var posting = fixture.publish("Samtidig " + word, 30, false);
        clock.advance(Duration.ofDays(1));
        var barrier = new CyclicBarrier(2);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var runs = List.of(executor.submit(() -> { barrier.await(); return digest.run(); }),
                executor.submit(() -> { barrier.await(); return digest.run(); }));
            for (var r : runs) {
                r.get(60, TimeUnit.SECONDS);
            }
        } finally {
            executor.shutdownNow();
        }
        for (String email : emails) {
            assertThat(outbox.count(email, "JOB_AGENT_DIGEST")).as(email).isOne();
            assertThat(postingsIn(newestDigest(email))).containsExactly(posting.postingId());
        }
    }

    @Test
    void anInvalidAddressIsRefusedWithAMessage() throws Exception {
        String page = mvc.perform(post("/jobs/agent").param("email", "ikke-en-adresse").with(csrf()))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"alert\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_agent_subscription WHERE email = ?").param("ikke-en-adresse")
            .query(Integer.class).single()).isZero();
    }

    private int subscriptions(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM job_agent_subscription WHERE email = ?").param(email).query(Integer.class).single();
    }

    private boolean confirmed(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM job_agent_subscription WHERE email = ? AND confirmed_at IS NOT NULL")
            .param(email).query(Integer.class).single() > 0;
    }

    private String newestDigest(String email) {
        return jdbc.sql("SELECT body_html FROM outbox_message WHERE recipient = ? AND kind = 'JOB_AGENT_DIGEST' ORDER BY created_at DESC")
            .param(email).query(String.class).list().getFirst();
    }

    private String listUnsubscribe(String email, String kind) {
        return jdbc.sql("SELECT list_unsubscribe FROM outbox_message WHERE recipient = ? AND kind = ? ORDER BY created_at DESC")
            .params(email, kind).query(String.class).list().getFirst();
    }

    private static List<UUID> postingsIn(String body) {
        return Pattern.compile("/jobs/([0-9a-f-]{36})").matcher(body).results().map(m -> UUID.fromString(m.group(1)))
            .distinct().toList();
    }

}
