package dk.rekrut.jobcentre;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import dk.rekrut.audit.AuditAction;
import dk.rekrut.audit.AuditLog;
import dk.rekrut.correspondence.Correspondence;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.organisation.Role;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.EmailAddress;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import dk.rekrut.shared.PlainText;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.ScheduledRuns;
import dk.rekrut.shared.Time;
import dk.rekrut.trial.AgeBand;
import dk.rekrut.trial.Arm;
import dk.rekrut.trial.Education;
import dk.rekrut.trial.Outcome;
import dk.rekrut.trial.OutcomeSource;
import dk.rekrut.trial.TargetFacts;
import dk.rekrut.trial.TrialSubject;
import dk.rekrut.trial.Trials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job centre's citizens, pseudonymised. A consultant creates a profile for a citizen of their caseload: the CV is
 * checked by content like an application's, read to text with the redaction engine's extraction and stored only as
 * the redaction engine left it (name, contact data, CPR numbers and special categories removed, with the form's name,
 * CPR, e-mail and phone as known values); the profile is known by a random pseudonym. Name, CPR, e-mail and phone go
 * to a table apart that only the consultant's own caseload view reads, each read audited. Another consultant's
 * citizen is not found (404). Profiles are deleted {@code rekrut.jobcentre.citizen-retention} after the citizen left
 * the caseload.
 */
@Service
public class Citizens {

    private static final Logger LOG = LoggerFactory.getLogger(Citizens.class);
    /** The citizen sees the tool's suggestions: in the trial's tool arm, or in no trial. */
    public static final String ARM_TOOL = "tool";
    /** The trial's control arm: the consultant works as usual and sees no suggestions. */
    public static final String ARM_USUAL_PRACTICE = "usual_practice";
    static final int MAX_WISHES = 5;
    static final int MAX_WISH_CHARS = 200;
    static final int MAX_KM = 200;
    static final int DEFAULT_KM = 40;
    private static final String PSEUDONYM_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the consultant's form (or the API) gives. {@code cv} is the uploaded file's bytes. */
    public record NewCitizen(String fullName, String cpr, String email, String phone, String cvFileName, byte[] cv,
                             List<String> wishes, String postcode, Integer maxKm, TargetFacts facts) {

        /** A citizen whose trial facts are not known: in no target group that asks for one. */
        public NewCitizen(String fullName, String cpr, String email, String phone, String cvFileName, byte[] cv,
                          List<String> wishes, String postcode, Integer maxKm) {
            this(fullName, cpr, email, phone, cvFileName, cv, wishes, postcode, maxKm, null);
        }

        @Override
        public String toString() {
            return "NewCitizen[redacted]";
        }
    }

    /** A created profile: its pseudonym and the arm it is in. */
    public record Created(String pseudonym, String arm) {
    }

    /** A citizen of the consultant's caseload with their identity (read, and audited, for the caseload view). */
    public record Known(CitizenRepository.Citizen citizen, CitizenRepository.Identity identity) {
    }

    private final CitizenRepository repository;
    private final CvPseudonymiser cvs;
    private final RedactionEngine redaction;
    private final MatchingEngine engine;
    private final AuditLog audit;
    private final Correspondence correspondence;
    private final Trials trials;
    private final Clock clock;
    private final Duration retention;

    Citizens(CitizenRepository repository, CvPseudonymiser cvs, RedactionEngine redaction, MatchingEngine engine,
             AuditLog audit, Correspondence correspondence, Trials trials, Clock clock,
             JobcentreProperties settings) {
        this.repository = repository;
        this.cvs = cvs;
        this.redaction = redaction;
        this.engine = engine;
        this.audit = audit;
        this.correspondence = correspondence;
        this.trials = trials;
        this.clock = clock;
        this.retention = settings.citizenRetention();
    }

    /**
     * Creates a citizen's profile in the consultant's caseload: the one place a profile is created (the trial's
     * assignment belongs here, once, when the profile is made). Throws {@link RuleViolation} for input to correct.
     */
    @Transactional
    public Created create(CurrentUser consultant, NewCitizen form) {
        requireConsultant(consultant);
        // Shown on the caseload and in letters: no bidirectional controls, even as typed by staff (PlainText).
        String name = PlainText.plainOrNull(form.fullName());
        if (name == null || name.length() > 300) {
            throw new RuleViolation("jobcentre.citizen.error.name");
        }
        String cpr = cpr(form.cpr());
        String email = strip(form.email());
        if (email != null && !EmailAddress.isValid(email)) {
            throw new RuleViolation("jobcentre.citizen.error.email");
        }
        String phone = strip(form.phone());
        if (phone != null && (phone.length() > 40 || !phone.matches("[+0-9 ()-]+"))) {
            throw new RuleViolation("jobcentre.citizen.error.phone");
        }
        List<String> wishes = wishes(form.wishes());
        String postcode = strip(form.postcode());
        var known = postcode == null ? null : engine.postcodes().find(postcode).orElse(null);
        if (known == null || known.place().isEmpty()) {
            throw new RuleViolation("jobcentre.citizen.error.postcode");
        }
        int maxKm = form.maxKm() == null ? DEFAULT_KM : form.maxKm();
        if (maxKm < 1 || maxKm > MAX_KM) {
            throw new RuleViolation("jobcentre.citizen.error.km", MAX_KM);
        }
        var identity = new KnownPersonalData(name, email, phone, null, null, null, null, cpr);
        String cvText = cvs.text(form.cvFileName(), form.cv(), identity);
        List<String> cleanWishes = new ArrayList<>();
        for (String w : wishes) {
            var r = redaction.redactText(w, "da", identity);
            if (!r.clean()) {
                throw new RuleViolation("jobcentre.citizen.error.wish-personal");
            }
            cleanWishes.add(r.text());
        }
        String pseudonym = newPseudonym();
        // The trial's one assignment, concealed and never changed; a citizen in no running trial's target group uses
        // the tool. The ISCO-1 group of the first wish is a stratum; the trial sees only the pseudonym and coarse facts.
        var facts = form.facts() == null ? new TargetFacts(null, null, false, 0) : form.facts();
        String arm = trials.assign(new TrialSubject(pseudonym, consultant.unitId(), iscoMajorGroup(cleanWishes), facts))
            .map(a -> a.arm() == Arm.USUAL_PRACTICE ? ARM_USUAL_PRACTICE : ARM_TOOL).orElse(ARM_TOOL);
        var citizen = new CitizenRepository.Citizen(UUID.randomUUID(), pseudonym, consultant.id(),
            consultant.unitId(), cvText, cleanWishes, known.code(), maxKm, arm, clock.instant(), null);
        repository.insert(citizen, new CitizenRepository.Identity(name, cpr, email == null ? null : email.toLowerCase(Locale.ROOT), phone));
        audit.record(AuditAction.IDENTITY_STORED, "Citizen", citizen.id(), null);
        LOG.info("Citizen profile {} created ({} CV characters after redaction)", citizen.pseudonym(), cvText.length());
        return new Created(citizen.pseudonym(), arm);
    }

    /** The consultant's own citizen; anyone else's, or none, is not found. */
    @Transactional(readOnly = true)
    public CitizenRepository.Citizen own(CurrentUser consultant, String pseudonym) {
        requireConsultant(consultant);
        return repository.byPseudonym(pseudonym == null ? "" : pseudonym)
            .filter(c -> c.consultantId().equals(consultant.id()))
            .orElseThrow(() -> new NotFoundException("citizen"));
    }

    /** The consultant's caseload with names: each identity read is audited. */
    @Transactional
    public List<Known> caseload(CurrentUser consultant) {
        requireConsultant(consultant);
        var out = new ArrayList<Known>();
        for (var c : repository.caseload(consultant.id())) {
            out.add(new Known(c, identity(c, "caseload list")));
        }
        return out;
    }

    /** The identity of the consultant's own citizen, audited with the reason. */
    @Transactional
    CitizenRepository.Identity identity(CitizenRepository.Citizen citizen, String reason) {
        var identity = repository.identity(citizen.id()).orElse(null);
        if (identity != null) {
            audit.record(AuditAction.IDENTITY_READ, "Citizen", citizen.id(), reason);
        }
        return identity;
    }

    /** "Afslut forløb": the citizen leaves the caseload; the retention period starts now. */
    @Transactional
    public void leave(CurrentUser consultant, String pseudonym) {
        var c = own(consultant, pseudonym);
        repository.leave(c.id(), clock.instant());
    }

    /** Today in Denmark, by the application's clock. */
    public LocalDate today() {
        return Time.today(clock);
    }

    /**
     * The consultant records that the citizen got a job, on a day no later than today: logged on the profile and, for a
     * citizen in a trial, its primary outcome (source {@code CONSULTANT}). A day before the trial's assignment is refused.
     */
    @Transactional
    public void recordEmployment(CurrentUser consultant, String pseudonym, LocalDate day) {
        var c = own(consultant, pseudonym);
        if (day == null || day.isAfter(Time.today(clock))) {
            throw new RuleViolation("jobcentre.employment.error.date");
        }
        trials.record(c.pseudonym(), Outcome.EMPLOYED, day, OutcomeSource.CONSULTANT);
        repository.log(c.id(), clock.instant(), "EMPLOYED", List.of());
    }

    /**
     * Records the citizen's answer to a posting they were sent: the one place an answer is recorded (the trial's
     * outcomes are taken from here). Returns whether the posting was one sent to the citizen.
     */
    @Transactional
    public boolean recordAnswer(UUID citizenId, UUID postingId, Answer answer, String reason) {
        String r = PlainText.plainOrNull(reason); // the citizen's own line, shown in the consultant's table
        if (r != null && r.length() > 1000) {
            r = r.substring(0, 1000);
        }
        if (repository.answer(citizenId, postingId, answer.name(), r, clock.instant()) == 0) {
            return false;
        }
        // The citizen's own answers are the trial's secondary outcomes (and "ansat" its primary one).
        Outcome outcome = switch (answer) {
            case APPLIED -> Outcome.APPLIED;
            case INTERVIEW -> Outcome.INTERVIEW;
            case HIRED -> Outcome.EMPLOYED;
            case NOT_RELEVANT -> null;
        };
        if (outcome != null) {
            repository.byId(citizenId).ifPresent(c -> trials.record(c.pseudonym(), outcome, Time.today(clock),
                OutcomeSource.CITIZEN));
        }
        return true;
    }

    /** What a trial's target group is judged on, from the form; months unemployed must be 0 to 600. */
    public static TargetFacts facts(Education education, AgeBand ageBand, boolean recentGraduate, Integer monthsUnemployed) {
        int months = monthsUnemployed == null ? 0 : monthsUnemployed;
        if (months < 0 || months > 600) {
            throw new RuleViolation("jobcentre.citizen.error.months");
        }
        return new TargetFacts(education, ageBand, recentGraduate, months);
    }

    /** The ISCO-08 major group (one digit) of the occupation the first wish names best, or null. */
    private String iscoMajorGroup(List<String> wishes) {
        if (wishes.isEmpty()) {
            return null;
        }
        return engine.parts().occupations().rank(wishes.getFirst(), Lang.DA, 1).stream().findFirst()
            .map(r -> r.occupation().isco().substring(0, 1)).orElse(null);
    }

    /** What the citizen can say about a posting. */
    public enum Answer {
        APPLIED, INTERVIEW, HIRED, NOT_RELEVANT
    }

    /**
     * Deletes the profiles whose citizen left the caseload more than the retention period ago, with their identity,
     * log, suggestions, links and the e-mails sent to them. Every instance may run it: each profile is deleted in its
     * own statement, and a profile another instance deleted first is simply gone.
     */
    @Scheduled(cron = "${rekrut.jobcentre.citizen-retention-cron:0 45 2 * * *}", zone = "Europe/Copenhagen")
    void scheduledRetention() {
        ScheduledRuns.retryNextTime(LOG, "Citizen retention failed; the next run retries: {}",
            () -> LOG.info("Citizen retention: {} profiles deleted", deleteExpired()));
    }

    @Transactional
    public int deleteExpired() {
        int deleted = 0;
        for (UUID id : repository.leftBefore(clock.instant().minus(retention))) {
            correspondence.eraseFor(id);
            deleted += repository.delete(id);
        }
        if (deleted > 0) {
            audit.record(AuditAction.RETENTION_RUN, "Citizen", null, deleted + " citizen profiles deleted");
        }
        return deleted;
    }

    private static void requireConsultant(CurrentUser user) {
        if (user == null || user.role() != Role.JOB_CONSULTANT) {
            throw new ForbiddenException("citizens");
        }
    }

    private String newPseudonym() {
        while (true) {
            var sb = new StringBuilder("B");
            for (int i = 0; i < 10; i++) {
                sb.append(PSEUDONYM_ALPHABET.charAt(RANDOM.nextInt(PSEUDONYM_ALPHABET.length())));
            }
            if (!repository.pseudonymTaken(sb.toString())) {
                return sb.toString();
            }
        }
    }

    /** Ten digits, written with or without a dash; the first six a date (the day may carry 60 for a substitute number). */
    static String cpr(String value) {
        String v = strip(value);
        if (v == null) {
            return null;
        }
        String digits = v.replace("-", "").replace(" ", "");
        if (!digits.matches("\\d{10}")) {
            throw new RuleViolation("jobcentre.citizen.error.cpr");
        }
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        if (day > 60) {
            day -= 60;
        }
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            throw new RuleViolation("jobcentre.citizen.error.cpr");
        }
        return digits;
    }

    private static List<String> wishes(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String w : given == null ? List.<String>of() : given) {
            String s = PlainText.plainOrNull(w);
            if (s == null) {
                continue;
            }
            if (s.length() > MAX_WISH_CHARS || s.contains("\n")) {
                throw new RuleViolation("jobcentre.citizen.error.wish-long", MAX_WISH_CHARS);
            }
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        if (out.isEmpty()) {
            throw new RuleViolation("jobcentre.citizen.error.wishes");
        }
        if (out.size() > MAX_WISHES) {
            throw new RuleViolation("jobcentre.citizen.error.too-many-wishes", MAX_WISHES);
        }
        return out;
    }

    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
