package dk.rekrut.shared;

import org.slf4j.Logger;

/**
 * What a scheduled job does when its run fails: it logs the exception's class (never its message, which may hold an
 * applicant's or a citizen's data) and leaves the work to the next run, so one failure never stops the schedule.
 */
public final class ScheduledRuns {

    private ScheduledRuns() {
    }

    /** Runs {@code run}; a {@link RuntimeException} is logged with {@code message} (one {@code {}}: the class). */
    public static void retryNextTime(Logger log, String message, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            log.warn(message, e.getClass().getSimpleName());
        }
    }
}
