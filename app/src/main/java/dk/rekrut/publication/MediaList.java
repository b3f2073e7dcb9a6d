package dk.rekrut.publication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.InvalidInput;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.TextLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's list of media with their cost per publication. */
@Service
public class MediaList {

    private final PublicationRepository repository;
    private final AuditLog audit;

    MediaList(PublicationRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public List<Medium> all() {
        return repository.media();
    }

    public Optional<Medium> byCode(String code) {
        return repository.mediumByCode(code);
    }

    /** medium.name (V1__foundation.sql); the code has its own pattern, the cost is DECIMAL(12, 2) like a publication's. */
    private static final TextLimits NAME = TextLimits.of().field("name", 200);

    @Transactional
    public Medium save(UUID id, String code, String name, MediumKind kind, BigDecimal cost, boolean active) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!c.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new RuleViolation("error.medium.code");
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolation("error.medium.name");
        }
        NAME.check().value("name", name).require();
        if (kind == null) {
            throw new RuleViolation("error.medium.kind");
        }
        if (cost == null || cost.signum() < 0) {
            throw new RuleViolation("error.medium.cost");
        }
        if (cost.compareTo(Postings.MAX_COST) > 0) {
            throw new InvalidInput(InvalidInput.Problem.of("cost", "error.input.number-range", 0,
                Postings.MAX_COST.toPlainString()));
        }
        var sameCode = repository.mediumByCode(c);
        if (sameCode.isPresent() && !sameCode.get().id().equals(id)) {
            throw new RuleViolation("error.medium.code-taken");
        }
        var medium = new Medium(id == null ? UUID.randomUUID() : id, c, name.strip(), kind, cost, active);
        repository.saveMedium(medium);
        audit.record(AuditAction.MEDIUM_CHANGED, "Medium", medium.id(), medium.code());
        return medium;
    }
}
