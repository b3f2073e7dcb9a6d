package dk.rekrut.application;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * K-1234: random, unique within the case, reveals neither order nor time nor name. Draws four numbers at once
 * and asks which are taken in one query, so a large case rarely costs a second query; when the four-digit numbers
 * are nearly used up, more digits (see {@link #smallestCandidateNumber}).
 */
@Component
class CandidateNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PER_QUERY = 4;

    private final ApplicationRepository repository;

    CandidateNumbers(ApplicationRepository repository) {
        this.repository = repository;
    }

    /** A number no application of the case has yet (the unique key catches a concurrent draw of the same one). */
    String next(UUID caseId) {
        for (int round = 0; ; round++) {
            int from = smallestCandidateNumber(round);
            var drawn = new LinkedHashSet<String>();
            while (drawn.size() < PER_QUERY) {
                drawn.add("K-" + (from + RANDOM.nextInt(from * 9)));
            }
            Set<String> taken = repository.candidateNumbersTaken(caseId, drawn);
            for (String n : drawn) {
                if (!taken.contains(n)) {
                    return n;
                }
            }
        }
    }

    /**
     * Four digits while they last. When two rounds in a row find every number they drew taken, the case is filling
     * its space, so the next rounds draw one digit more instead of querying on and on (a case with 9,000
     * applications took ten rounds per application). At most nine digits.
     */
    static int smallestCandidateNumber(int round) {
        int from = 1000;
        for (int i = 0; i < Math.min(round / 2, 5); i++) {
            from *= 10;
        }
        return from;
    }
}
