package dk.rekrut.publication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.CaseStatusGuard;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.InvalidInput;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The posting of a case and its publication periods, as the case team edits them. */
@Service
public class Postings implements CaseStatusGuard {

    private final PublicationRepository repository;
    private final CaseAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Postings(PublicationRepository repository, CaseAccess access, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Posting> forCase(UUID caseId) {
        return repository.postingForCase(caseId);
    }

    public List<Publication> publications(UUID caseId) {
        return repository.postingForCase(caseId).map(p -> repository.publications(p.id())).orElse(List.of());
    }

    @Transactional
    public Posting saveText(CurrentUser user, UUID caseId, UUID layoutTemplateId, String introHtml) {
        access.requireEdit(user, caseId);
        if (layoutTemplateId != null && repository.layout(layoutTemplateId).isEmpty()) {
            throw new RuleViolation("error.posting.layout");
        }
        var existing = repository.postingForCase(caseId);
        var posting = new Posting(existing.map(Posting::id).orElseGet(UUID::randomUUID), caseId, layoutTemplateId,
            Html.sanitise(introHtml));
        repository.savePosting(posting, clock.instant());
        audit.record(AuditAction.POSTING_CHANGED, "Case", caseId, null);
        return posting;
    }

    /** publication.cost is DECIMAL(12, 2): far above any advertising bill. */
    static final BigDecimal MAX_COST = new BigDecimal("9999999999");

    /** Dates in plausible years and a cost the column holds, every problem at once. */
    private static void checkPublication(LocalDate startsOn, LocalDate endsOn, BigDecimal cost) {
        var problems = new ArrayList<InvalidInput.Problem>();
        if (!Time.plausible(startsOn)) {
            problems.add(InvalidInput.Problem.of("startsOn", "error.input.date-range"));
        }
        if (endsOn != null && !Time.plausible(endsOn)) {
            problems.add(InvalidInput.Problem.of("endsOn", "error.input.date-range"));
        }
        if (cost != null && (cost.signum() < 0 || cost.compareTo(MAX_COST) > 0)) {
            problems.add(InvalidInput.Problem.of("cost", "error.input.number-range", 0, MAX_COST.toPlainString()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    @Transactional
    public Publication addPublication(CurrentUser user, UUID caseId, UUID mediumId, LocalDate startsOn, LocalDate endsOn,
                                      BigDecimal cost) {
        access.requireManage(user, caseId);
        var posting = repository.postingForCase(caseId).orElseThrow(() -> new RuleViolation("error.publication.no-posting"));
        var medium = repository.medium(mediumId).filter(Medium::active)
            .orElseThrow(() -> new RuleViolation("error.publication.medium"));
        if (startsOn == null) {
            throw new RuleViolation("error.publication.start");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolation("error.publication.period");
        }
        checkPublication(startsOn, endsOn, cost);
        if (repository.publications(posting.id()).stream().anyMatch(p -> p.medium().id().equals(mediumId))) {
            throw new RuleViolation("error.publication.duplicate");
        }
        var publication = new Publication(UUID.randomUUID(), posting.id(), medium, startsOn, endsOn,
            cost != null ? cost : medium.costPerPublication());
        if (publication.cost().signum() < 0) {
            throw new RuleViolation("error.medium.cost");
        }
        repository.insertPublication(publication);
        audit.record(AuditAction.PUBLICATION_CHANGED, "Case", caseId, "added " + medium.code());
        return publication;
    }

    @Transactional
    public void removePublication(CurrentUser user, UUID caseId, UUID publicationId) {
        access.requireManage(user, caseId);
        var posting = repository.postingForCase(caseId).orElseThrow(() -> new NotFoundException("posting"));
        repository.deletePublication(posting.id(), publicationId);
        audit.record(AuditAction.PUBLICATION_CHANGED, "Case", caseId, "removed publication");
    }

    @Override
    public List<String> blockersForPublishing(UUID caseId) {
        var blockers = new ArrayList<String>();
        var posting = repository.postingForCase(caseId);
        if (posting.isEmpty() || Html.text(posting.get().introHtml()).isBlank()) {
            blockers.add("blocker.no-posting-text");
        }
        if (posting.isEmpty() || repository.publications(posting.get().id()).isEmpty()) {
            blockers.add("blocker.no-publication");
        }
        return blockers;
    }

    LocalDate today() {
        return Time.today(clock);
    }
}
