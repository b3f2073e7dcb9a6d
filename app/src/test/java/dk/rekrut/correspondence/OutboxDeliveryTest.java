package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.TestClockConfiguration;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 3, acceptance 4 and the receipt half of 1 and 3: messages reach a real SMTP server (GreenMail, in process)
 * exactly once, survive the server being down with growing back-off, and are never sent twice, also when two
 * workers race or a worker's lease runs out. The one context of the suite with {@code rekrut.mail.transport=smtp}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class OutboxDeliveryTest {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("rekrut.mail.transport", () -> "smtp");
        registry.add("rekrut.mail.from", () -> "job@rekrut.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    @Autowired Correspondence correspondence;
    @Autowired OutboxWorker worker;
    @Autowired OutboxRepository outbox;
    @Autowired MailTransport transport;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired javax.sql.DataSource dataSource;

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it

    @BeforeEach
    void clean() throws Exception {
        drain(); // whatever other tests on this database left queued goes out now, before we count
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.set(start);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void aReceiptArrivesOnceAsTextAndHtmlWithItsLink() throws Exception {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "Anna@Example.dk")));
        assertThat(SMTP.getReceivedMessages()).as("queued, not sent, until the worker runs").isEmpty();

        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString)).containsExactly("anna@example.dk");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("job@rekrut.test");
        assertThat(mail.getSubject()).isEqualTo("Kvittering: din ansøgning om Analytiker");
        assertThat(parts(mail, "text/plain")).singleElement().asString()
            .contains("Kære Anna <b>Test</b>").contains("https://rekrut.test/my-application/abc");
        assertThat(parts(mail, "text/html")).singleElement().asString()
            .contains("Anna &lt;b&gt;Test&lt;/b&gt;").contains("href=\"https://rekrut.test/my-application/abc\"");

        var log = correspondence.log(application);
        assertThat(log).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(SentMessage.Status.SENT);
            assertThat(m.kind()).isEqualTo(LetterKind.RECEIPT);
            assertThat(m.recipient()).isEqualTo("anna@example.dk");
            assertThat(m.sentAt()).isEqualTo(clock.instant());
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(mail.getMessageID()).as("stable Message-ID, the same on a retry")
            .isEqualTo("<" + log.getFirst().id() + "@rekrut.test>");

        assertThat(worker.deliverDue()).isZero();
        Thread.sleep(200);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    /** Issue 7: mail to job agent subscribers carries RFC 2369/8058 one-click unsubscribe headers; other mail none. */
    @Test
    void aLetterWithAnUnsubscribeLinkCarriesListUnsubscribeHeaders() throws Exception {
        String link = "https://rekrut.test/jobs/agent/unsubscribe/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        tx.executeWithoutResult(s -> correspondence.send(new Letter(LetterKind.JOB_AGENT_DIGEST, "agent-digest:test:1", null,
            "agent@example.dk", Locale.forLanguageTag("da"), Map.of("postings", "Analytiker", "unsubscribe", link,
                "criteria", "IT", "institution", "Rekrut"), List.of(), link)));
        tx.executeWithoutResult(s -> correspondence.send(receipt(UUID.randomUUID(), "plain@example.dk")));
        worker.deliverDue();
        assertThat(SMTP.waitForIncomingEmail(5000, 2)).isTrue();
        for (MimeMessage mail : SMTP.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals("agent@example.dk")) {
                assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<" + link + ">");
                assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
                assertThat(parts(mail, "text/plain")).singleElement().asString().contains(link);
            } else {
                assertThat(mail.getHeader("List-Unsubscribe")).isNull();
            }
        }
        Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(s -> correspondence.send(
                new Letter(LetterKind.JOB_AGENT_DIGEST, "agent-digest:test:2", null, "agent@example.dk", Locale.ROOT,
                    Map.of(), List.of(), "javascript:alert(1)"))))
            .as("only http(s) links go into the header").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameCauseNeverMailsTheSamePersonTwice() throws Exception {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            correspondence.send(receipt(application, "bo@example.dk"));
            correspondence.send(receipt(application, " BO@example.dk "));
        });
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "bo@example.dk"))); // a retried request
        worker.deliverDue();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "bo@example.dk"))); // after sending, too
        worker.deliverDue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        Thread.sleep(200);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(correspondence.log(application)).hasSize(1);
    }

    @Test
    void attachmentsTravelWithTheMessage() throws Exception {
        UUID application = UUID.randomUUID();
        byte[] ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes();
        tx.executeWithoutResult(s -> correspondence.send(new Letter(LetterKind.INTERVIEW_INVITATION, "invite:" + application,
            application, "cal@example.dk", Locale.ENGLISH, Map.of("name", "Cal", "title", "Analyst", "when", "Monday"),
            List.of(new Letter.Attachment("samtale.ics", "text/calendar", ics)))));
        worker.deliverDue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Invitation to interview: Analyst");
        List<Part> attachments = new ArrayList<>();
        collect(mail, attachments);
        assertThat(attachments).filteredOn(p -> "samtale.ics".equals(fileName(p))).singleElement()
            .satisfies(p -> assertThat(GreenMailUtil.getBody(p)).contains("BEGIN:VCALENDAR"));
    }

    /** Acceptance 4: the server is down for a while; afterwards every receipt arrives, none lost, none doubled. */
    @Test
    void whileTheServerIsDownNothingIsLostAndAfterwardsNothingIsDoubled() throws Exception {
        List<UUID> applications = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        SMTP.stop();
        try {
            for (int i = 0; i < applications.size(); i++) {
                UUID a = applications.get(i);
                String to = "kandidat" + i + "@example.dk";
                tx.executeWithoutResult(s -> correspondence.send(receipt(a, to)));
            }
            List<Duration> waits = new ArrayList<>();
            for (int attempt = 1; attempt <= 5; attempt++) {
                Instant before = clock.instant();
                assertThat(worker.deliverDue()).as("attempt %d claims all three", attempt).isEqualTo(3);
                Instant next = nextAttempt(applications.getFirst());
                waits.add(Duration.between(before, next));
                for (UUID a : applications) {
                    assertThat(nextAttempt(a)).isEqualTo(next);
                }
                clock.advance(Duration.between(before, next).minusSeconds(1));
                assertThat(worker.deliverDue()).as("not due before the back-off has passed").isZero();
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16));
            for (UUID a : applications) {
                assertThat(correspondence.log(a)).singleElement().satisfies(m -> {
                    assertThat(m.sentAt()).isNull();
                    assertThat(m.attempts()).isEqualTo(5);
                    assertThat(m.status()).as("flagged for the administrators").isEqualTo(SentMessage.Status.FAILING);
                    assertThat(m.lastError()).isNotBlank();
                });
            }
        } finally {
            SMTP.start();
        }
        assertThat(worker.deliverDue()).isEqualTo(3);
        assertThat(worker.deliverDue()).isZero();
        assertThat(SMTP.waitForIncomingEmail(5000, 3)).isTrue();
        Thread.sleep(300); // a doubled message would arrive now
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(OutboxDeliveryTest::recipient))
            .containsExactlyInAnyOrder("kandidat0@example.dk", "kandidat1@example.dk", "kandidat2@example.dk");
        for (UUID a : applications) {
            assertThat(correspondence.log(a)).singleElement().satisfies(m -> {
                assertThat(m.status()).isEqualTo(SentMessage.Status.SENT);
                assertThat(m.attempts()).isEqualTo(6);
                assertThat(m.lastError()).isNull();
            });
        }
    }

    /** Two workers (as on two instances) with small batches and slow sends, started at the same moment. */
    @Test
    void twoWorkersRacingDeliverEachMessageOnce() throws Exception {
        int count = 30;
        for (int i = 0; i < count; i++) {
            UUID a = UUID.randomUUID();
            String to = "race" + i + "@example.dk";
            tx.executeWithoutResult(s -> correspondence.send(receipt(a, to)));
        }
        MailTransport slow = message -> {
            transport.send(message);
            Thread.sleep(10);
        };
        var workers = List.of(new OutboxWorker(outbox, slow, tx, clock, Duration.ofMinutes(2), 4),
            new OutboxWorker(outbox, slow, tx, clock, Duration.ofMinutes(2), 4));
        var barrier = new CyclicBarrier(2);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> claimed = new ArrayList<>();
        for (OutboxWorker w : workers) {
            claimed.add(pool.submit(() -> {
                barrier.await();
                int total = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (unsent("race%") > 0 && System.nanoTime() < deadline) {
                    int n = w.deliverDue(); // 0 while the other worker's claim holds the rows: try again
                    total += n;
                    if (n == 0) {
                        Thread.sleep(5);
                    }
                }
                return total;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int first = claimed.get(0).get();
        int second = claimed.get(1).get();
        assertThat(first + second).as("every message claimed exactly once").isEqualTo(count);
        assertThat(first).as("both workers took part").isPositive();
        assertThat(second).as("both workers took part").isPositive();
        assertThat(SMTP.waitForIncomingEmail(5000, count)).isTrue();
        Thread.sleep(300); // a doubled message would arrive now
        var recipients = Arrays.stream(SMTP.getReceivedMessages()).map(OutboxDeliveryTest::recipient).toList();
        assertThat(recipients).hasSize(count).doesNotHaveDuplicates();
    }

    /** SKIP LOCKED on this database: a claim does not wait for rows another open claim has locked, it takes others. */
    @Test
    void aClaimSkipsRowsLockedByAnotherClaimInsteadOfWaiting() throws Exception {
        UUID firstApplication = UUID.randomUUID();
        UUID secondApplication = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(firstApplication, "skip1@example.dk")));
        clock.advance(Duration.ofSeconds(1)); // claims take the oldest first
        tx.executeWithoutResult(s -> correspondence.send(receipt(secondApplication, "skip2@example.dk")));
        UUID first = correspondence.log(firstApplication).getFirst().id();
        UUID second = correspondence.log(secondApplication).getFirst().id();
        Instant now = clock.instant();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<UUID>> holder = pool.submit(() -> tx.execute(s -> {
                var claim = outbox.claim(now, now.plus(Duration.ofMinutes(2)), 1);
                locked.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.setRollbackOnly(); // as if that worker died before committing its claim
                return claim.ids();
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            OutboxRepository.Claim other = tx.execute(s -> outbox.claim(now, now.plus(Duration.ofMinutes(2)), 10));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("did not wait for the lock").isLessThan(Duration.ofSeconds(3));
            release.countDown();
            assertThat(holder.get(20, TimeUnit.SECONDS)).containsExactly(first);
            assertThat(other.ids()).doesNotContain(first);
            if (postgres()) {
                // PostgreSQL locks only the rows a claim returns. H2 2.x locks every row its FOR UPDATE scan matched
                // (before ORDER BY and FETCH FIRST), so there a concurrent claim finds nothing until the first commits:
                // still correct, just less parallel, and the embedded H2 default runs one instance anyway.
                assertThat(other.ids()).contains(second);
            }
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        // The rolled-back claim left the first message free (on PostgreSQL the committed claim holds the second).
        worker.deliverDue();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(OutboxDeliveryTest::recipient)).contains("skip1@example.dk");
    }

    /** A worker that claimed and died: its lease runs out and another worker sends; the dead one can do nothing. */
    @Test
    void anExpiredLeaseIsClaimedAgainAndTheStaleClaimCannotSendOrMark() throws Exception {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "lease@example.dk")));
        UUID id = correspondence.log(application).getFirst().id();
        OutboxRepository.Claim dead = tx.execute(s -> outbox.claim(clock.instant(), clock.instant().plus(Duration.ofMinutes(2)), 50));
        assertThat(dead.ids()).contains(id);

        assertThat(worker.deliverDue()).as("leased to the dead worker").isZero();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();

        assertThat(outbox.renew(id, dead.token(), clock.instant().plusSeconds(60))).as("stale claim may not send").isFalse();
        assertThat(outbox.markFailed(id, dead.token(), clock.instant(), "late")).isFalse();
        assertThat(unsent(id)).as("a sent message is never claimed for sending again").isFalse();
        assertThat(correspondence.log(application)).singleElement()
            .satisfies(m -> assertThat(m.status()).isEqualTo(SentMessage.Status.SENT));
        Thread.sleep(200);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    /**
     * The worker skips renewing a lease while its claim is fresh; once half the lease has passed it renews before each
     * send, and a message whose claim another worker took over meanwhile is not sent.
     */
    @Test
    void afterHalfTheLeaseTheWorkerRenewsBeforeEachSendAndSkipsAMessageTakenOver() {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            correspondence.send(receipt(application, "first@example.dk"));
            correspondence.send(receipt(application, "second@example.dk"));
        });
        var mine = correspondence.log(application).stream().map(SentMessage::id).toList();
        var sent = new ArrayList<UUID>();
        MailTransport slow = message -> {
            sent.add(message.id());
            // This send takes longer than half the lease; meanwhile another worker takes over every other message
            // of the claim (as if their lease had run out).
            clock.advance(Duration.ofSeconds(61));
            UUID token = jdbc.sql("SELECT claim_token FROM outbox_message WHERE id = ?").param(message.id())
                .query(UUID.class).single();
            jdbc.sql("UPDATE outbox_message SET claim_token = ? WHERE claim_token = ? AND id <> ?")
                .params(UUID.randomUUID(), token, message.id()).update();
        };
        var worker = new OutboxWorker(outbox, slow, tx, clock, Duration.ofMinutes(2), 50);
        try {
            assertThat(worker.deliverDue()).as("both claimed (the outbox was drained before)").isEqualTo(2);
            assertThat(sent).as("only the first message of the claim is sent").hasSize(1);
            UUID other = mine.get(0).equals(sent.getFirst()) ? mine.get(1) : mine.get(0);
            assertThat(unsent(other)).as("taken over, not sent by this worker").isTrue();
            assertThat(unsent(sent.getFirst())).as("sent and marked").isFalse();
        } finally {
            // The taken-over message is due again for the next test's drain.
            jdbc.sql("UPDATE outbox_message SET claimed_until = NULL, claim_token = NULL WHERE sent_at IS NULL").update();
        }
    }

    @Test
    void backOffGrowsAndIsCappedAtAnHour() {
        assertThat(OutboxWorker.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxWorker.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxWorker.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxWorker.backoff(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxWorker.backoff(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(OutboxWorker.backoff(1000)).isEqualTo(Duration.ofMinutes(60));
    }

    private int unsent(String recipientPattern) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL AND recipient LIKE ?")
            .param(recipientPattern).query(Integer.class).single();
    }

    private boolean postgres() throws SQLException {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    private Instant nextAttempt(UUID application) {
        return jdbc.sql("SELECT next_attempt_at FROM outbox_message WHERE application_id = ?").param(application)
            .query(OffsetDateTime.class).single().toInstant();
    }

    private void drain() {
        clock.advance(Duration.ofDays(1));
        while (worker.deliverDue() > 0) {
            // deliver whatever an earlier test left
        }
        clock.set(start);
    }

    private static Letter receipt(UUID application, String to) {
        return new Letter(LetterKind.RECEIPT, "receipt:" + application, application, to, Locale.forLanguageTag("da"),
            Map.of("name", "Anna <b>Test</b>", "title", "Analytiker", "link", "https://rekrut.test/my-application/abc",
                "institution", "Rekrut", "candidateNumber", "K-1234"), List.of());
    }

    private boolean unsent(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE id = ? AND sent_at IS NULL").param(id)
            .query(Integer.class).single() == 1;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parts(Part part, String type) throws Exception {
        List<Part> all = new ArrayList<>();
        collect(part, all);
        List<String> out = new ArrayList<>();
        for (Part p : all) {
            if (p.isMimeType(type) && fileName(p) == null) {
                out.add((String) p.getContent());
            }
        }
        return out;
    }

    private static void collect(Part part, List<Part> into) throws Exception {
        if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), into);
            }
        } else {
            into.add(part);
        }
    }

    private static String fileName(Part p) {
        try {
            return p.getFileName();
        } catch (Exception e) {
            return null;
        }
    }

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
