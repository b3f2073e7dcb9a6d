package dk.rekrut.talentpool;

import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.RuleViolation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's pools and icons (route-level rule: /admin/** is the administrator's); the members of the
 * pools are {@link TalentPools}'.
 */
@Service
public class PoolAdministration {

    private final TalentPoolRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    PoolAdministration(TalentPoolRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Pool> pools() {
        return repository.pools();
    }

    public List<Pool> publicPools() {
        return repository.pools().stream().filter(Pool::publicEnrolment).toList();
    }

    public List<Icon> icons() {
        return repository.icons();
    }

    @Transactional
    public Pool createPool(String name, String description, Integer consentMonths, boolean publicEnrolment) {
        String n = TalentPools.required(name, 200, "error.pool.name");
        int months = consentMonths == null ? 12 : consentMonths;
        if (months < 1 || months > 60) {
            throw new RuleViolation("error.pool.months");
        }
        if (repository.poolNameTaken(n)) {
            throw new RuleViolation("error.pool.name-taken");
        }
        var pool = new Pool(UUID.randomUUID(), n, TalentPools.blank(description, 2000), months, publicEnrolment);
        repository.insertPool(pool, clock.instant());
        audit.record(AuditAction.TALENT_POOL_CHANGED, "TalentPool", pool.id(), "created");
        return pool;
    }

    @Transactional
    public Icon createIcon(String name) {
        String n = TalentPools.required(name, 100, "error.pool.icon-name");
        if (repository.iconNameTaken(n)) {
            throw new RuleViolation("error.pool.icon-taken");
        }
        var icon = new Icon(UUID.randomUUID(), n);
        repository.insertIcon(icon);
        audit.record(AuditAction.TALENT_POOL_CHANGED, "TalentIcon", icon.id(), "created");
        return icon;
    }

    @Transactional
    public void deleteIcon(UUID iconId) {
        repository.deleteIcon(iconId);
        audit.record(AuditAction.TALENT_POOL_CHANGED, "TalentIcon", iconId, "deleted");
    }
}
