package dk.rekrut.assessment;

import java.time.Instant;
import java.util.UUID;

public record Rating(UUID applicationId, UUID raterId, String raterName, int score, String comment, Instant ratedAt) {
}
