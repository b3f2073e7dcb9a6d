package dk.rekrut.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.TestClockConfiguration;
import jakarta.mail.internet.MimeMessage;
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
 * Issue 3, acceptance 4 (and the receipt half of 1 and 3): messages reach a real SMTP server (GreenMail) once,
 * survive the server being down, and are never sent twice, also when two workers race.
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
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }

    @Autowired Correspondence correspondence;
    @Autowired OutboxWorker worker;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;

    private final Instant start = Instant.now();

    @BeforeEach
    void clean() throws Exception {
        drain();
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
    void aReceiptArrivesOnceWithTextAndHtml() throws Exception {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "anna@example.dk")));
        worker.deliverDue();
        SMTP.waitForIncomingEmail(5000, 1);
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@example.dk");
        assertThat(received[0].getSubject()).contains("Kvittering").contains("Analytiker");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0]);
        assertThat(body).contains("https://rekrut.test/my-application/abc");
        assertThat(correspondence.log(application)).singleElement().satisfies(m -> assertThat(m.delivered()).isTrue());
        worker.deliverDue();
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theSameCauseNeverMailsTheSamePersonTwice() throws Exception {
        UUID application = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            correspondence.send(receipt(application, "bo@example.dk"));
            correspondence.send(receipt(application, "BO@example.dk "));
        });
        tx.executeWithoutResult(s -> correspondence.send(receipt(application, "bo@example.dk")));
        worker.deliverDue();
        SMTP.waitForIncomingEmail(5000, 1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(correspondence.log(application)).hasSize(1);
    }

    @Test
    void whileTheServerIsDownNothingIsLostAndAfterwardsNothingIsDoubled() throws Exception {
        SMTP.stop();
        List<UUID> applications = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        try {
            for (int i = 0; i < applications.size(); i++) {
                UUID a = applications.get(i);
                String to = "kandidat" + i + "@example.dk";
                tx.executeWithoutResult(s -> correspondence.send(receipt(a, to)));
            }
            worker.deliverDue();
            clock.advance(Duration.ofSeconds(30));
            worker.deliverDue(); // not due yet: back-off
            assertThat(attempts()).isEqualTo(3);
            clock.advance(Duration.ofMinutes(2));
            worker.deliverDue();
            assertThat(attempts()).isEqualTo(6);
        } finally {
            SMTP.start();
        }
        clock.advance(Duration.ofMinutes(5));
        worker.deliverDue();
        worker.deliverDue();
        SMTP.waitForIncomingEmail(5000, 3);
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        for (UUID a : applications) {
            assertThat(correspondence.log(a)).singleElement().satisfies(m -> assertThat(m.delivered()).isTrue());
        }
    }

    @Test
    void twoWorkersRacingDeliverEachMessageOnce() throws Exception {
        for (int i = 0; i < 30; i++) {
            UUID a = UUID.randomUUID();
            String to = "race" + i + "@example.dk";
            tx.executeWithoutResult(s -> correspondence.send(receipt(a, to)));
        }
        var pool = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            pool.submit(() -> {
                while (worker.deliverDue() > 0) {
                    // keep going until nothing is due
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        SMTP.waitForIncomingEmail(5000, 30);
        Thread.sleep(300); // a 31st message, if any were doubled, would arrive now
        assertThat(SMTP.getReceivedMessages()).hasSize(30);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE sent_at IS NULL").query(Integer.class).single()).isZero();
    }

    @Test
    void backOffGrowsAndIsCapped() {
        assertThat(OutboxWorker.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxWorker.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxWorker.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxWorker.backoff(30)).isEqualTo(Duration.ofMinutes(60));
    }

    private int attempts() {
        return jdbc.sql("SELECT SUM(attempts) FROM outbox_message WHERE sent_at IS NULL").query(Integer.class).single();
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

    private static int freePort() {
        try (var s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
