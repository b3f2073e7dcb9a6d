package dk.rekrut.application.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SubmissionGateTest {

    @Test
    void noMoreThanThePermittedNumberAreProcessedAtOnceAndTheRestFollow() throws Exception {
        var gate = new SubmissionGate(3);
        var release = new CountDownLatch(1);
        var inside = new AtomicInteger();
        var done = new AtomicInteger();
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> gate.through(() -> {
                inside.incrementAndGet();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return done.incrementAndGet();
            })));
        }
        for (int i = 0; i < 500 && inside.get() < 3; i++) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // time for a fourth to get in, were the gate open
        assertThat(inside.get()).isEqualTo(3);
        release.countDown();
        for (var t : threads) {
            t.join(10_000);
        }
        assertThat(done.get()).isEqualTo(8);
    }
}
