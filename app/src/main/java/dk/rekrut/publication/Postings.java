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
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.ClosingCheck;
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
    private final Cases cases;
    private final Clock clock;

    Postings(PublicationRepository repository, CaseAccess access, AuditLog audit, Cases cases, Clock clock) {
        this.repository = repository;
        this.cases = cases;
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
        var publications = posting.map(p -> repository.publications(p.id())).orElse(List.of());
        if (publications.isEmpty()) {
            blockers.add("blocker.no-publication");
        } else if (publications.stream().noneMatch(p -> p.activeOn(today()))) {
            // Published but shown nowhere (review problem 4): a medium has to run from today.
            blockers.add("blocker.no-medium-today");
        }
        return blockers;
    }

    /** A medium set to run past today keeps the posting in public view after the case closed. */
    @Override
    public List<ClosingCheck> closingChecks(UUID caseId) {
        var today = today();
        boolean running = publications(caseId).stream().anyMatch(p -> p.endsOn() != null && !p.endsOn().isBefore(today));
        return List.of(ClosingCheck.waivable("check.publications", !running));
    }

    /** The institution's own job list (the first active medium of that kind), which a new case is offered first. */
    public Optional<Medium> ownSite() {
        return repository.media().stream().filter(m -> m.active() && m.kind() == MediumKind.OWN_SITE).findFirst();
    }

    /** Whether the case's posting is set to appear on the institution's own job list. */
    public boolean onOwnSite(UUID caseId) {
        return publications(caseId).stream().anyMatch(p -> p.medium().kind() == MediumKind.OWN_SITE);
    }

    /**
     * Publishes the case, first adding its own job list from today when asked (the confirmation's preselected
     * choice), in one transaction: a refused publication leaves no half-made plan.
     */
    @Transactional
    public void publish(CurrentUser user, UUID caseId, boolean addOwnSite) {
        if (addOwnSite && forCase(caseId).isPresent() && !onOwnSite(caseId)) {
            var site = ownSite().orElseThrow(() -> new RuleViolation("error.publication.medium"));
            addPublication(user, caseId, site.id(), today(), null, null);
        }
        cases.publish(user, caseId);
    }

    LocalDate today() {
        return Time.today(clock);
    }
}
