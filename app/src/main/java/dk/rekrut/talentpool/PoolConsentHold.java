package dk.rekrut.talentpool;

import java.util.UUID;
import dk.rekrut.privacy.RetentionHold;
import org.springframework.stereotype.Component;

/** A candidate who accepted a pool place keeps their application while the consent runs (issue 7, retention). */
@Component
class PoolConsentHold implements RetentionHold {

    private final TalentPools pools;

    PoolConsentHold(TalentPools pools) {
        this.pools = pools;
    }

    @Override
    public boolean holds(UUID applicationId) {
        return pools.hasValidConsent(applicationId);
    }

    @Override
    public String reason() {
        return "talent-pool";
    }
}
