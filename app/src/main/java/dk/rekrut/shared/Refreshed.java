package dk.rekrut.shared;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Small reference data that every submission reads (templates, settings, media), kept for a few seconds instead of
 * queried each time. A change made on this instance is seen at once: {@link #forget} clears the value now and again
 * when the changing transaction ends, so neither a read racing the commit nor a rolled-back value stays. Another
 * instance sees the change within the time to live; nothing here is state that must survive or be shared.
 */
public final class Refreshed<T> {

    /** How long another instance may go on using a value that was changed elsewhere. */
    public static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private record Entry<T>(T value, long readAt, long generation) {
    }

    private final Supplier<T> read;
    private final long ttlNanos;
    /** Bumped by every {@link #forget}; a read that started before one is returned but not kept. */
    private final AtomicLong generation = new AtomicLong();
    private volatile Entry<T> entry;

    public Refreshed(Supplier<T> read) {
        this(read, TIME_TO_LIVE);
    }

    Refreshed(Supplier<T> read, Duration timeToLive) {
        this.read = read;
        this.ttlNanos = timeToLive.toNanos();
    }

    public T get() {
        var e = entry;
        long now = System.nanoTime();
        if (e != null && e.generation() == generation.get() && now - e.readAt() < ttlNanos) {
            return e.value();
        }
        long g = generation.get();
        T value = read.get();
        // Not kept when this thread's own transaction changed the data: it may yet roll back.
        if (g == generation.get() && !TransactionSynchronizationManager.hasResource(this)) {
            entry = new Entry<>(value, now, g);
        }
        return value;
    }

    /** The data changed here: read again on the next {@link #get}, and once more after this transaction ends. */
    public void forget() {
        generation.incrementAndGet();
        entry = null;
        if (TransactionSynchronizationManager.isSynchronizationActive() && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Refreshed.this);
                    generation.incrementAndGet();
                    entry = null;
                }
            });
        }
    }
}
