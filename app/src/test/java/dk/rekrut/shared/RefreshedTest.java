package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class RefreshedTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<String> stored = new AtomicReference<>("v1");

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    private String read() {
        reads.incrementAndGet();
        return stored.get();
    }

    @Test
    void aValueIsReadOnceWithinItsTimeToLiveAndAgainAfterALocalChange() {
        var r = new Refreshed<>(this::read);
        assertThat(r.get()).isEqualTo("v1");
        assertThat(r.get()).isEqualTo("v1");
        assertThat(reads).hasValue(1);
        stored.set("v2");
        r.forget();
        assertThat(r.get()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aValueOlderThanItsTimeToLiveIsReadAgain() {
        var r = new Refreshed<>(this::read, Duration.ZERO); // another instance's change shows when the value expires
        r.get();
        stored.set("v2");
        assertThat(r.get()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aReadThatRacedAChangeIsUsedOnceButNotKept() {
        var self = new AtomicReference<Refreshed<String>>();
        var r = new Refreshed<>(() -> {
            String seen = read();
            if (reads.get() == 1) {
                stored.set("v2"); // the change commits while the old value is on its way back
                self.get().forget();
            }
            return seen;
        });
        self.set(r);
        assertThat(r.get()).isEqualTo("v1");
        assertThat(r.get()).isEqualTo("v2");
        assertThat(r.get()).isEqualTo("v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void inTheTransactionThatChangedItNothingIsKeptAndARollbackLeavesNoTrace() {
        var r = new Refreshed<>(this::read);
        r.get();
        TransactionSynchronizationManager.initSynchronization();
        stored.set("uncommitted");
        r.forget();
        assertThat(r.get()).isEqualTo("uncommitted");
        assertThat(r.get()).isEqualTo("uncommitted");
        assertThat(reads).as("not kept while the change may roll back").hasValue(3);
        stored.set("v1"); // rolled back
        TransactionSynchronizationManager.getSynchronizations()
            .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();
        assertThat(r.get()).isEqualTo("v1");
        assertThat(r.get()).isEqualTo("v1");
        assertThat(reads).hasValue(4);
    }
}
