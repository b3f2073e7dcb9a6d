package dk.rekrut.assessment.candidates;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import dk.rekrut.application.ApplicationStatus;

/**
 * The filter and order of a case's candidate list, carried from the list to a candidate's page so that its previous
 * and next candidate are those of the list the reader came from. Bound from the request (status, sort, mustBeYes);
 * an unknown order is the default one, so what goes back into a link is always one of three words.
 */
record ListQuery(ApplicationStatus status, String sort, Set<UUID> mustBeYes) {

    static final String DEFAULT_SORT = "rank";

    ListQuery {
        sort = sort != null && Set.of("rank", "rating", "number").contains(sort) ? sort : DEFAULT_SORT;
        // Sorted, so the same list always gives the same link.
        mustBeYes = mustBeYes == null ? Set.of() : Set.copyOf(new TreeSet<>(mustBeYes));
    }

    /** The query string of a link that keeps this filter and order ("" for the default list), with its "?". */
    public String suffix() {
        StringBuilder q = new StringBuilder();
        if (status != null) {
            q.append("&status=").append(status.name());
        }
        if (!sort.equals(DEFAULT_SORT)) {
            q.append("&sort=").append(sort);
        }
        new TreeSet<>(mustBeYes).forEach(id -> q.append("&mustBeYes=").append(id));
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }
}
