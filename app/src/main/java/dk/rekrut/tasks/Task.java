package dk.rekrut.tasks;

import java.time.Instant;
import java.time.LocalDate;
import dk.rekrut.shared.Time;

/**
 * One line of the start page: a kind of work, where (a case or a talent pool, by its title), how many, since when
 * (for ordering, oldest first) and the page where it is done.
 */
public record Task(TaskKind kind, String where, int count, Instant since, String link) {

    /** The day of {@link #since} in Danish time, for the page. */
    public LocalDate day() {
        return since.atZone(Time.DANISH).toLocalDate();
    }
}
