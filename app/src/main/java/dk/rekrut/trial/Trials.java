package dk.rekrut.trial;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.organisation.Unit;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trial's published API. The job centre calls {@link #assign} when a citizen's profile is created, asks
 * {@link #armOf} before showing suggestions, and {@link #record}s outcomes; the manager's and the analyst's pages use
 * the rest. A trial belongs to the unit of the manager who set it up and covers the job centres in and below it.
 */
@Service
public class Trials {

    /** What {@link #record} did. */
    public enum Recorded { RECORDED, ALREADY_RECORDED, NOT_IN_A_TRIAL }

    private final TrialRepository repository;
    private final OrganisationDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Trials(TrialRepository repository, OrganisationDirectory directory, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the job centre's calls

    /**
     * Assigns a subject to an arm of the first running trial (earliest start) whose units and target group they fit,
     * once: a pseudonym already assigned gets its assignment back unchanged, whatever the facts say now. Empty when no
     * running trial's target group fits. The arm comes from the stratum's place in the seeded sequence, so nobody can
     * choose it or see it coming. Counts the subject as screened in every running trial of their unit.
     */
    @Transactional
    public Optional<Assignment> assign(TrialSubject subject) {
        var existing = repository.subject(subject.pseudonym());
        if (existing.isPresent()) {
            return Optional.of(assignment(repository.trialOf(subject.pseudonym()).orElseThrow(), existing.get()));
        }
        LocalDate today = Time.today(clock);
        Assignment made = null;
        for (Trial candidate : repository.running(today)) {
            if (!directory.isWithin(subject.unitId(), candidate.unitId())) {
                continue;
            }
            repository.lock(candidate.id());
            // A call for the same pseudonym that held this lock before has assigned it: that assignment stands.
            var assignedMeanwhile = repository.subject(subject.pseudonym());
            if (made == null && assignedMeanwhile.isPresent()) {
                return Optional.of(assignment(repository.trialOf(subject.pseudonym()).orElseThrow(),
                    assignedMeanwhile.get()));
            }
            // Read again under the lock: a design change just before the lock counts.
            Trial trial = repository.find(candidate.id()).orElseThrow();
            boolean fits = trial.design().fits(subject.facts());
            repository.countScreening(trial.id(), fits, fits && made != null);
            if (fits && made == null) {
                made = randomise(trial, subject, today);
            }
        }
        return Optional.ofNullable(made);
    }

    private Assignment randomise(Trial trial, TrialSubject subject, LocalDate today) {
        Design d = trial.design();
        String stratum = d.stratum(subject);
        int seq = repository.nextInStratum(trial.id(), stratum);
        Arm arm = Allocation.armAt(trial.seed(), stratum, d.ratioTool(), d.ratioUsual(), seq);
        UUID id = UUID.randomUUID();
        repository.insertAssignment(id, trial.id(), subject, stratum, seq, arm, today, clock.instant());
        audit.record(AuditAction.TRIAL_ASSIGNED, "TrialAssignment", subject.pseudonym(),
            "trial " + trial.id() + ", stratum " + stratum + " #" + seq + ": " + arm);
        return new Assignment(trial.id(), subject.pseudonym(), arm, today);
    }

    /** The subject's arm, if they were ever assigned. */
    public Optional<Arm> armOf(String pseudonym) {
        return repository.subject(pseudonym).map(TrialRepository.Subject::arm);
    }

    /** The subject's assignment, if they were ever assigned. */
    public Optional<Assignment> assignmentOf(String pseudonym) {
        return repository.subject(pseudonym).map(s -> assignment(repository.trialOf(pseudonym).orElseThrow(), s));
    }

    /**
     * Records an outcome of a randomised subject (each kind once a day). A date before the assignment or after today
     * is refused; a pseudonym in no trial is no error (the job centre records for everyone; only subjects count).
     */
    @Transactional
    public Recorded record(String pseudonym, Outcome kind, LocalDate date, OutcomeSource source) {
        var subject = repository.subject(pseudonym);
        if (subject.isEmpty()) {
            return Recorded.NOT_IN_A_TRIAL;
        }
        String problem = OutcomeImport.dateProblem(date, subject.get().assignedOn(), Time.today(clock));
        if (problem != null) {
            throw new RuleViolation("error.trial.outcome." + problem);
        }
        if (repository.outcomeExists(subject.get().assignmentId(), kind, date)) {
            return Recorded.ALREADY_RECORDED;
        }
        repository.insertOutcome(subject.get().assignmentId(), kind, date, source, clock.instant());
        audit.record(AuditAction.TRIAL_OUTCOME_RECORDED, "TrialAssignment", pseudonym, kind + " " + date + " " + source);
        return Recorded.RECORDED;
    }

    // --- the manager's and the analyst's pages

    /** The trials of the user's unit and the units below it. */
    public List<Trial> visibleTo(CurrentUser user) {
        return repository.all().stream().filter(t -> visible(user, t)).toList();
    }

    /** A trial the user may see; 404 for one in another unit, so its existence is not revealed. */
    public Trial get(CurrentUser user, UUID id) {
        return repository.find(id).filter(t -> visible(user, t)).orElseThrow(() -> new NotFoundException("trial"));
    }

    @Transactional
    public Trial create(CurrentUser manager, Design design) {
        requireManager(manager);
        validate(design);
        UUID id = UUID.randomUUID();
        repository.insert(id, manager.unitId(), design, seeds.nextLong(), clock.instant());
        audit.record(AuditAction.TRIAL_CREATED, "Trial", id, describe(design));
        return repository.find(id).orElseThrow();
    }

    /** Changes the design while nobody is assigned; after that the design is fixed and nothing is changed. */
    @Transactional
    public Trial update(CurrentUser manager, UUID id, Design design) {
        requireManager(manager);
        get(manager, id);
        repository.lock(id);
        if (repository.find(id).orElseThrow().locked()) {
            throw new RuleViolation("error.trial.locked");
        }
        validate(design);
        repository.update(id, design);
        audit.record(AuditAction.TRIAL_CHANGED, "Trial", id, describe(design));
        return repository.find(id).orElseThrow();
    }

    /** Imports outcomes from the employment system: every line is checked first, and nothing is stored unless all are good. */
    @Transactional
    public OutcomeImport.Result importOutcomes(CurrentUser manager, UUID id, byte[] csv) {
        requireManager(manager);
        Trial trial = get(manager, id);
        var subjects = repository.subjects(trial.id());
        var result = OutcomeImport.check(csv, subjects, Time.today(clock));
        if (!result.errors().isEmpty()) {
            return result;
        }
        int stored = 0;
        for (var line : result.lines()) {
            if (!repository.outcomeExists(line.assignmentId(), line.kind(), line.date())) {
                repository.insertOutcome(line.assignmentId(), line.kind(), line.date(), OutcomeSource.EMPLOYMENT_SYSTEM,
                    clock.instant());
                stored++;
            }
        }
        audit.record(AuditAction.TRIAL_OUTCOMES_IMPORTED, "Trial", trial.id(),
            result.lines().size() + " lines, " + stored + " new");
        return result.withStored(stored);
    }

    /** The analysis as of today: aggregates only, small cells suppressed. */
    public Analysis.Report analysis(CurrentUser user, UUID id) {
        Trial trial = get(user, id);
        var subjects = repository.subjects(trial.id());
        return Analysis.of(trial, subjects, repository.outcomes(trial.id()), Time.today(clock),
            mismatches(trial, subjects), unit -> directory.unit(unit).map(Unit::name).orElse(null));
    }

    /** How many stored assignments differ from what the seed gives for their stratum and place (0 when reproduced). */
    int mismatches(Trial trial, List<TrialRepository.Subject> subjects) {
        int mismatches = 0;
        var byStratum = new LinkedHashMap<String, List<TrialRepository.Subject>>();
        subjects.forEach(s -> byStratum.computeIfAbsent(s.stratum(), k -> new ArrayList<>()).add(s));
        for (var e : byStratum.entrySet()) {
            int max = e.getValue().stream().mapToInt(TrialRepository.Subject::seqInStratum).max().orElse(-1);
            var expected = Allocation.sequence(trial.seed(), e.getKey(), trial.design().ratioTool(),
                trial.design().ratioUsual(), max + 1);
            for (var s : e.getValue()) {
                if (expected.get(s.seqInStratum()) != s.arm()) {
                    mismatches++;
                }
            }
        }
        return mismatches;
    }

    private boolean visible(CurrentUser user, Trial t) {
        return user.is(Role.JOBCENTRE_MANAGER, Role.ANALYST) && user.unitId() != null
            && directory.isWithin(t.unitId(), user.unitId());
    }

    private static void requireManager(CurrentUser user) {
        if (!user.is(Role.JOBCENTRE_MANAGER)) {
            throw new ForbiddenException("trial");
        }
    }

    static void validate(Design d) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            throw new RuleViolation("error.trial.name");
        }
        if (d.ratioTool() < 1 || d.ratioTool() > Design.MAX_RATIO || d.ratioUsual() < 1
            || d.ratioUsual() > Design.MAX_RATIO) {
            throw new RuleViolation("error.trial.ratio", Design.MAX_RATIO);
        }
        if (!Time.plausible(d.startsOn()) || !Time.plausible(d.endsOn()) || d.endsOn().isBefore(d.startsOn())) {
            throw new RuleViolation("error.trial.period");
        }
        if (d.followUpMonths() < 1 || d.followUpMonths() > Design.MAX_FOLLOW_UP) {
            throw new RuleViolation("error.trial.follow-up", Design.MAX_FOLLOW_UP);
        }
        if (d.maxMonthsUnemployed() != null && (d.maxMonthsUnemployed() < 0 || d.maxMonthsUnemployed() > 120)) {
            throw new RuleViolation("error.trial.months");
        }
    }

    private static String describe(Design d) {
        return "ratio " + d.ratioTool() + ":" + d.ratioUsual() + ", strata unit=" + d.stratifyByUnit() + " isco="
            + d.stratifyByIsco() + ", " + d.startsOn() + ".." + d.endsOn() + ", follow-up " + d.followUpMonths()
            + " months, target education=" + d.educations() + " age=" + d.ageBands() + " recent=" + d.recentGraduate()
            + " maxMonths=" + d.maxMonthsUnemployed();
    }

    private static Assignment assignment(UUID trialId, TrialRepository.Subject s) {
        return new Assignment(trialId, s.pseudonym(), s.arm(), s.assignedOn());
    }
}
