package dk.rekrut.recruitment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.CaseEvents.CaseStatusChanged;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing recruitment cases. Every change is authorised here and audited. */
@Service
public class Cases {

    public enum Scope {
        MINE, UNIT;

        public boolean isMine() {
            return this == MINE;
        }

        public boolean isUnit() {
            return this == UNIT;
        }
    }

    public record ListQuery(Scope scope, String text, CaseStatus status, Category category) {
    }

    private final CaseRepository repository;
    private final CaseAccess access;
    private final OrganisationDirectory directory;
    private final ObjectProvider<CaseStatusGuard> guards;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(CaseRepository repository, CaseAccess access, OrganisationDirectory directory, ObjectProvider<CaseStatusGuard> guards,
          AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.directory = directory;
        this.guards = guards;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // Guards are looked up when used: modules that guard status changes also read cases (no start-up cycle).

    /** Reads a case without a user check, for modules that show public postings. */
    public Optional<RecruitmentCase> find(UUID id) {
        return repository.find(id);
    }

    /**
     * Reads a case's own fields without a user check, in one query: no interview dates and no team, so
     * {@link RecruitmentCase#hasMember} is false (never use it for access). For applying, which needs neither.
     */
    public Optional<RecruitmentCase> findWithoutTeam(UUID id) {
        return repository.findAll(List.of(id)).stream().findFirst();
    }

    /** Reads several cases without a user check (public postings, feeds); like {@link #findWithoutTeam}, no team. */
    public List<RecruitmentCase> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : repository.findAll(ids);
    }

    /** Reads several cases with their teams, for deciding access case by case with {@link CaseAccess} (statistics). */
    public List<RecruitmentCase> findAllWithTeams(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : repository.findAllWithTeams(ids);
    }

    public List<RecruitmentCase> list(CurrentUser user, ListQuery q) {
        // The repository narrows by unit or membership; the access policy has the last word per case.
        return repository.list(filter(user, q)).stream().filter(c -> access.canView(user, c)).toList();
    }

    /**
     * The first {@code limit} cases of {@link #list(CurrentUser, ListQuery)}, read from the database a window at a
     * time until that many have passed the access policy (case by case, as there) or the list ends: a search's
     * bounded list, whatever the number of cases.
     */
    public List<RecruitmentCase> list(CurrentUser user, ListQuery q, int limit) {
        var filter = filter(user, q);
        var out = new ArrayList<RecruitmentCase>();
        int window = Math.max(limit, 1) + 1;
        for (int offset = 0; out.size() < limit; offset += window) {
            var rows = repository.list(filter, offset, window);
            rows.stream().filter(c -> access.canView(user, c)).limit(limit - out.size()).forEach(out::add);
            if (rows.size() < window) {
                break;
            }
        }
        return out;
    }

    private CaseRepository.Filter filter(CurrentUser user, ListQuery q) {
        boolean unitWide = q.scope() == Scope.UNIT && user.is(Role.HR_EXTENDED, Role.HR_CASE_HANDLING);
        return new CaseRepository.Filter(unitWide ? directory.subtree(user.unitId()) : null,
            unitWide ? null : user.id(), q.text(), q.status(), q.category());
    }

    @Transactional
    public RecruitmentCase create(CurrentUser user, CaseForm form) {
        if (!access.canCreate(user)) {
            throw new ForbiddenException("create case");
        }
        if (form.getUnitId() == null) {
            form.setUnitId(user.unitId());
        }
        if (!access.canCreateIn(user, form.getUnitId())) {
            throw new RuleViolation("error.case.unit");
        }
        validate(form);
        Instant now = clock.instant();
        var c = build(UUID.randomUUID(), form, CaseStatus.DRAFT, false, user.id(), now, now, 0, List.of());
        repository.insert(c);
        if (user.is(Role.HR_LIMITED)) {
            // HR with limited rights only sees cases they are attached to, so they are attached to what they create.
            repository.addMember(c.id(), user.id(), TeamRole.HANDLER);
        }
        audit.record(AuditAction.CASE_CREATED, "Case", c.id(), null);
        return repository.find(c.id()).orElseThrow();
    }

    /**
     * A new case from {@code form}, with the posting, its media and the screening questions of the earlier case
     * {@code fromId}, which the user must be able to see.
     */
    @Transactional
    public RecruitmentCase copy(CurrentUser user, UUID fromId, CaseForm form) {
        var from = access.requireView(user, fromId);
        var c = create(user, form);
        events.publishEvent(new CaseEvents.CaseCopied(from.id(), c.id(), user));
        return c;
    }

    @Transactional
    public RecruitmentCase update(CurrentUser user, UUID caseId, CaseForm form) {
        var existing = access.requireEdit(user, caseId);
        if (!existing.status().allowsEditing()) {
            throw new RuleViolation("error.case.closed");
        }
        if (form.getUnitId() == null) {
            form.setUnitId(existing.unitId());
        }
        if (!form.getUnitId().equals(existing.unitId()) && !access.canMoveTo(user, form.getUnitId())) {
            throw new RuleViolation("error.case.move");
        }
        if (existing.anonymous() != form.isAnonymous() && existing.anonymityLocked()) {
            // Chosen before the first publication: people applied under it, and turning it off would expose them to the
            // committee (review H3). Taking the case back to draft does not reopen the choice.
            throw new RuleViolation("error.case.anonymous-locked");
        }
        validate(form);
        int expected = form.getVersion() == null ? existing.version() : form.getVersion();
        var changed = build(caseId, form, existing.status(), existing.anonymityLocked(), existing.createdBy(),
            existing.createdAt(), clock.instant(), existing.version(), existing.team());
        if (!repository.update(changed, expected)) {
            throw new RuleViolation("error.case.concurrent");
        }
        audit.record(AuditAction.CASE_CHANGED, "Case", caseId, null);
        return repository.find(caseId).orElseThrow();
    }

    @Transactional
    public void publish(CurrentUser user, UUID caseId) {
        var c = access.requireManage(user, caseId);
        var blockers = publishingBlockers(caseId);
        if (!blockers.isEmpty()) {
            throw new RuleViolation("error.case.cannot-publish", String.join(",", blockers));
        }
        move(c, CaseStatus.PUBLISHED);
    }

    /** Takes a published case back to draft, e.g. to correct the posting; it leaves every list at once. */
    @Transactional
    public void unpublish(CurrentUser user, UUID caseId) {
        move(access.requireManage(user, caseId), CaseStatus.DRAFT);
    }

    /** What blocks publishing now (message keys; empty: it may be published), for the confirmation before it. */
    public List<String> publishingBlockers(UUID caseId) {
        var blockers = new ArrayList<String>();
        if (!repository.find(caseId).map(c -> c.deadline().isAfter(clock.instant())).orElse(false)) {
            blockers.add("blocker.deadline-passed");
        }
        guards.orderedStream().forEach(g -> blockers.addAll(g.blockersForPublishing(caseId)));
        return blockers;
    }

    /** Every point of the closing checklist, met or not: the deadline first, then each module's. */
    public List<ClosingCheck> closingChecks(UUID caseId) {
        var checks = new ArrayList<ClosingCheck>();
        var deadline = repository.find(caseId).map(RecruitmentCase::deadline).orElseThrow(() -> new NotFoundException("case"));
        checks.add(ClosingCheck.waivable("check.deadline-passed", !deadline.isAfter(clock.instant())));
        guards.orderedStream().forEach(g -> checks.addAll(g.closingChecks(caseId)));
        return checks;
    }

    /** The required points not met: while any is left, the case cannot close, not even with a reason. */
    public List<String> closingChecklist(UUID caseId) {
        return unmet(closingChecks(caseId), false);
    }

    /**
     * Closes the case. A required point not met blocks; a waivable point not met (closing early) needs HR's reason,
     * which is kept with the case and in the audit log.
     */
    @Transactional
    public void close(CurrentUser user, UUID caseId, String earlyReason) {
        var c = access.requireManage(user, caseId);
        var checks = closingChecks(caseId);
        var blockers = unmet(checks, false);
        if (!blockers.isEmpty()) {
            throw new RuleViolation("error.case.cannot-close", String.join(",", blockers));
        }
        var early = unmet(checks, true);
        String reason = earlyReason == null ? "" : earlyReason.strip();
        if (!early.isEmpty() && reason.isEmpty()) {
            throw new RuleViolation("error.case.close-reason", String.join(",", early));
        }
        if (reason.length() > MAX_REASON) {
            throw new RuleViolation("error.case.close-reason-length");
        }
        move(c, CaseStatus.CLOSED);
        if (!early.isEmpty()) {
            repository.saveClosingReason(caseId, reason);
            audit.record(AuditAction.CASE_STATUS_CHANGED, "Case", caseId, "closed early (" + String.join(", ", early) + "): " + reason);
        }
    }

    /** Why HR closed the case before every point was met, or empty. */
    public Optional<String> closingReason(UUID caseId) {
        return repository.closingReason(caseId);
    }

    /** recruitment_case.closing_reason (V25__closing_reason.sql). */
    static final int MAX_REASON = 2000;

    private static List<String> unmet(List<ClosingCheck> checks, boolean waivable) {
        return checks.stream().filter(k -> !k.met() && k.waivable() == waivable).map(ClosingCheck::key).toList();
    }

    @Transactional
    public void archive(CurrentUser user, UUID caseId) {
        move(access.requireManage(user, caseId), CaseStatus.ARCHIVED);
    }

    @Transactional
    public void attach(CurrentUser user, UUID caseId, UUID userId, TeamRole teamRole) {
        var c = access.requireManage(user, caseId);
        var member = directory.user(userId).orElseThrow(() -> new RuleViolation("error.team.user"));
        if (!member.enabled() || !teamRole.fits(member.role())) {
            throw new RuleViolation("error.team.role-mismatch");
        }
        if (teamRole == TeamRole.CHAIR && c.team().stream().anyMatch(m -> m.teamRole() == TeamRole.CHAIR)) {
            throw new RuleViolation("error.team.one-chair");
        }
        if (c.hasMember(userId, teamRole)) {
            return;
        }
        repository.addMember(caseId, userId, teamRole);
        audit.record(AuditAction.CASE_TEAM_CHANGED, "Case", caseId, "attached " + userId + " as " + teamRole);
    }

    @Transactional
    public void detach(CurrentUser user, UUID caseId, UUID userId, TeamRole teamRole) {
        access.requireManage(user, caseId);
        repository.removeMember(caseId, userId, teamRole);
        audit.record(AuditAction.CASE_TEAM_CHANGED, "Case", caseId, "detached " + userId + " as " + teamRole);
    }

    private void move(RecruitmentCase c, CaseStatus next) {
        if (!c.status().canMoveTo(next)) {
            throw new RuleViolation("error.case.transition", c.status(), next);
        }
        repository.updateStatus(c.id(), next, clock.instant());
        audit.record(AuditAction.CASE_STATUS_CHANGED, "Case", c.id(), c.status() + " -> " + next);
        events.publishEvent(new CaseStatusChanged(c.id(), c.status(), next));
    }

    private static void validate(CaseForm f) {
        CaseRules.check(f);
        if (f.getTitle() == null || f.getTitle().isBlank() || f.getTitle().length() > 200) {
            throw new RuleViolation("error.case.title");
        }
        if (f.getDeadline() == null) {
            throw new RuleViolation("error.case.deadline");
        }
        if (f.getCategory() == null || f.getEmploymentType() == null) {
            throw new RuleViolation("error.case.category");
        }
        if (f.getSalaryMin() != null && f.getSalaryMax() != null && f.getSalaryMin().compareTo(f.getSalaryMax()) > 0) {
            throw new RuleViolation("error.case.salary");
        }
        if (f.getWorkplacePostalCode() != null && !f.getWorkplacePostalCode().isBlank()
            && !f.getWorkplacePostalCode().strip().matches("\\d{4}")) {
            throw new RuleViolation("error.case.postal-code");
        }
        if (f.isAnonymous() && f.isVideoAllowed()) {
            // Video shows face, voice and age: impossible in an anonymous recruitment.
            throw new RuleViolation("error.case.video-anonymous");
        }
        if (f.getContactEmail() != null && !f.getContactEmail().isBlank() && !EmailAddress.isValid(f.getContactEmail())) {
            throw new RuleViolation("error.case.contact-email");
        }
    }

    private static RecruitmentCase build(UUID id, CaseForm f, CaseStatus status, boolean anonymityLocked, UUID createdBy,
                                         Instant createdAt, Instant updatedAt, int version, List<TeamMember> team) {
        return new RecruitmentCase(id, f.getTitle().strip(), f.getUnitId(), status, f.getCategory(),
            new JobProfile(trim(f.getTasks()), trim(f.getProfessionalCompetencies()), trim(f.getPersonalCompetencies()),
                trim(f.getConditions()), trim(f.getSuccessCriteria()), trim(f.getDevelopmentOpportunities())),
            new Terms(f.getEmploymentType(), trim(f.getWeeklyHours()), trim(f.getSalaryFrame()), f.getSalaryMin(),
                f.getSalaryMax(), trim(f.getWorkplaceStreet()), trim(f.getWorkplacePostalCode()), trim(f.getWorkplaceTown())),
            new ContactPerson(trim(f.getContactName()), trim(f.getContactEmail()), trim(f.getContactPhone())),
            f.getDeadline().truncatedTo(ChronoUnit.MINUTES).atZone(Time.DANISH).toInstant(), f.isAnonymous(),
            anonymityLocked, f.isVideoAllowed(), createdBy, createdAt, updatedAt, version,
            f.getInterviewDates() == null ? List.of() : f.getInterviewDates().stream().filter(d -> d != null).toList(),
            team);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
