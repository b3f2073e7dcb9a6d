package dk.rekrut.privacy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** A hold the retention test controls, standing in for the talent pool's "in a pool with valid consent". */
@Component
class TestRetentionHold implements RetentionHold {

    final Set<UUID> kept = ConcurrentHashMap.newKeySet();

    @Override
    public boolean holds(UUID applicationId) {
        return kept.contains(applicationId);
    }

    @Override
    public String reason() {
        return "test";
    }
}
