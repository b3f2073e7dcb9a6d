package dk.rekrut.privacy;

import java.util.UUID;

/**
 * Extension point: a reason to keep an applicant's personal data past the retention period. The retention job asks
 * every bean of this type before it erases an application; if any says yes, nothing of that application is erased
 * in this run (the job asks again on its next run, so a hold that ends, e.g. an expired talent-pool consent, lets
 * the deletion happen then).
 *
 * <p>The talent-pool module implements it: "this candidate is in a pool with valid consent". An implementation
 * must answer from its own data, quickly, and without side effects.
 */
public interface RetentionHold {

    /** Whether the personal data of this application (candidate id = application id) must be kept for now. */
    boolean holds(UUID applicationId);

    /** A short, non-personal name of the reason, counted in the job's log line (e.g. "talent-pool"). */
    default String reason() {
        return getClass().getSimpleName();
    }
}
