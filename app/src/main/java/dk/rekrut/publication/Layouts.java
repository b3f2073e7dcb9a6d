package dk.rekrut.publication;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Layout templates for postings, kept by the communications role. */
@Service
public class Layouts {

    private final PublicationRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    Layouts(PublicationRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public List<LayoutTemplate> all() {
        return repository.layouts();
    }

    public Optional<LayoutTemplate> find(UUID id) {
        return repository.layout(id);
    }

    @Transactional
    public LayoutTemplate save(UUID id, String name, String headerHtml, String footerHtml) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("error.layout.name");
        }
        var t = new LayoutTemplate(id == null ? UUID.randomUUID() : id, name.strip(), Html.sanitise(headerHtml),
            Html.sanitise(footerHtml));
        repository.saveLayout(t, clock.instant());
        audit.record(AuditAction.LAYOUT_CHANGED, "Layout", t.id(), null);
        return t;
    }
}
