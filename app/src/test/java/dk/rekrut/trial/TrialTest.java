package dk.rekrut.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import dk.rekrut.organisation.Administration;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.shared.Time;
import dk.rekrut.support.MutableClock;
import dk.rekrut.support.RekrutTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acceptance 4 of issue 19: 1,000 simulated citizens are assigned with the set ratio within each stratum, the
 * assignments are reproduced from the recorded seed, the analysis reproduces a difference computed here independently
 * from the simulation's own bookkeeping, and small cells are suppressed.
 */
@RekrutTest
class TrialTest {

    @Autowired Trials trials;
    @Autowired Administration administration;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private Instant start;

    @BeforeEach
    void remember() {
        start = clock.instant();
    }

    @AfterEach
    void restore() {
        clock.set(start);
    }

    record Simulated(String pseudonym, String stratum, Arm arm, LocalDate employedOn) {
    }

    @Test
    void athousandCitizensAreAssignedByRatioPerStratumReproduciblyAndTheAnalysisAgrees() {
        CurrentUser manager = TrialFixture.managerOfNewUnit(administration, "Forsøgsjobcenter");
        LocalDate today = Time.today(clock);
        Trial trial = trials.create(manager, TrialFixture.design("Simulation 2:1", 2, 1, today, 6));
        var random = new Random(20261206);
        // Unequal group sizes, and some citizens without a wished occupation's group.
        double[] weights = {0.01, 0.05, 0.35, 0.2, 0.1, 0.1, 0.01, 0.08, 0.05, 0.03};
        List<Simulated> subjects = new ArrayList<>();
        int ineligible = 0;
        for (int i = 0; i < 1100; i++) {
            String pseudonym = "sim-" + i + "-" + UUID.randomUUID();
            String isco = random.nextDouble() < 0.05 ? null : pick(random, weights);
            boolean fits = i % 11 != 10;
            var facts = fits ? TrialFixture.eligible() : new TargetFacts(Education.VOCATIONAL, AgeBand.AGE_40_49, false, 14);
            var assignment = trials.assign(new TrialSubject(pseudonym, manager.unitId(), isco, facts));
            if (!fits) {
                assertThat(assignment).isEmpty();
                ineligible++;
                continue;
            }
            assertThat(assignment).isPresent();
            assertThat(assignment.get().trialId()).isEqualTo(trial.id());
            String stratum = "unit:" + manager.unitId() + "|isco:" + (isco == null ? "-" : isco);
            subjects.add(new Simulated(pseudonym, stratum, assignment.get().arm(), null));
        }
        assertThat(subjects).hasSize(1000);

        // The set ratio within each stratum: 2:1 with blocks of at most 3 x 3, so no stratum is more than 6 off.
        Map<String, List<Arm>> byStratum = new LinkedHashMap<>();
        subjects.forEach(s -> byStratum.computeIfAbsent(s.stratum(), k -> new ArrayList<>()).add(s.arm()));
        assertThat(byStratum).hasSizeGreaterThan(8);
        for (var e : byStratum.entrySet()) {
            long tool = e.getValue().stream().filter(a -> a == Arm.TOOL).count();
            assertThat(Math.abs(tool - e.getValue().size() * 2.0 / 3)).as(e.getKey()).isLessThanOrEqualTo(6);
        }
        long toolOverall = subjects.stream().filter(s -> s.arm() == Arm.TOOL).count();
        assertThat(toolOverall / 1000.0).isCloseTo(2.0 / 3, within(0.02));

        // Reproducible: the recorded seed gives every stratum's sequence again, in the order of assignment.
        long seed = jdbc.sql("SELECT seed FROM trial WHERE id = ?").param(trial.id()).query(Long.class).single();
        for (var e : byStratum.entrySet()) {
            assertThat(Allocation.sequence(seed, e.getKey(), 2, 1, e.getValue().size())).as(e.getKey())
                .isEqualTo(e.getValue());
        }
        // Never changed: asking again, with other facts, gives the same arm.
        var first = subjects.getFirst();
        assertThat(trials.assign(new TrialSubject(first.pseudonym(), manager.unitId(), "9",
            new TargetFacts(Education.BASIC, AgeBand.AGE_60_PLUS, false, 30))).orElseThrow().arm()).isEqualTo(first.arm());
        assertThat(trials.armOf(first.pseudonym())).contains(first.arm());
        // Audited, once.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'TRIAL_ASSIGNED' AND object_id = ?")
            .param(first.pseudonym()).query(Integer.class).single()).isEqualTo(1);
        // The design is fixed now.
        assertThatThrownBy(() -> trials.update(manager, trial.id(), TrialFixture.design("Ændret", 1, 1, today, 6)))
            .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey())
            .isEqualTo("error.trial.locked");
        assertThat(trials.get(manager, trial.id()).design().ratioTool()).isEqualTo(2);

        // Outcomes: the tool arm is employed more often. Half recorded by the consultant, half imported as CSV.
        clock.set(start.plus(Duration.ofDays(200)));
        LocalDate windowEnd = today.plusMonths(6);
        var csv = new StringBuilder("pseudonym;date;outcome\n");
        List<Simulated> withOutcomes = new ArrayList<>();
        int i = 0;
        for (var s : subjects) {
            double p = s.arm() == Arm.TOOL ? 0.62 : 0.48;
            LocalDate employed = random.nextDouble() < p ? today.plusDays(random.nextInt(199)) : null;
            withOutcomes.add(new Simulated(s.pseudonym(), s.stratum(), s.arm(), employed));
            if (employed != null) {
                if (i++ % 2 == 0) {
                    assertThat(trials.record(s.pseudonym(), Outcome.EMPLOYED, employed, OutcomeSource.CONSULTANT))
                        .isEqualTo(Trials.Recorded.RECORDED);
                } else {
                    csv.append(s.pseudonym()).append(';').append(employed).append(";ansat\n");
                }
            }
            if (random.nextDouble() < 0.7) {
                trials.record(s.pseudonym(), Outcome.APPLIED, today.plusDays(3), OutcomeSource.CITIZEN);
            }
        }
        var imported = trials.importOutcomes(manager, trial.id(), csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.ok()).isTrue();
        assertThat(imported.stored()).isEqualTo(imported.lines().size()).isGreaterThan(200);
        // The same file again stores nothing new.
        assertThat(trials.importOutcomes(manager, trial.id(), csv.toString().getBytes(StandardCharsets.UTF_8)).stored())
            .isZero();

        // Independently: employed within 6 months (before the window's end) per arm, among all 1,000.
        int nTool = 0;
        int eTool = 0;
        int nUsual = 0;
        int eUsual = 0;
        for (var s : withOutcomes) {
            boolean employed = s.employedOn() != null && s.employedOn().isBefore(windowEnd);
            if (s.arm() == Arm.TOOL) {
                nTool++;
                eTool += employed ? 1 : 0;
            } else {
                nUsual++;
                eUsual += employed ? 1 : 0;
            }
        }
        double expected = (double) eTool / nTool - (double) eUsual / nUsual;
        var report = trials.analysis(manager, trial.id());
        var itt = report.itt();
        assertThat(itt.suppressed()).isFalse();
        assertThat(itt.nTool()).isEqualTo(nTool);
        assertThat(itt.employedUsual()).isEqualTo(eUsual);
        assertThat(itt.difference().estimate()).isCloseTo(expected, within(1e-12));
        // The Newcombe interval is close to the Wald interval at these counts, and holds the estimate.
        double se = Math.sqrt(eTool * (nTool - eTool) / Math.pow(nTool, 3) + eUsual * (nUsual - eUsual) / Math.pow(nUsual, 3));
        assertThat(itt.difference().lower()).isCloseTo(expected - 1.96 * se, within(0.005));
        assertThat(itt.difference().upper()).isCloseTo(expected + 1.96 * se, within(0.005));
        assertThat(report.allocationMismatches()).isZero();
        assertThat(report.assigned()).isEqualTo(1000);
        // The flow: 1,100 screened, 100 outside the target group, 1,000 randomised, none in another trial: that 0 is
        // shown as "<5", and 100 is hidden with it, or the total would give the 0 away.
        assertThat(report.screening().cells()).containsExactly(List.of("x"), List.of("<5"), List.of("1000"),
            List.of("1100"));
        assertThat(ineligible).isEqualTo(100);
        // Small cells: ISCO 0 and 6 have about 1 % each, so their strata show "<5" and a complementary "x".
        var strata = report.strata().cells();
        assertThat(strata.stream().flatMap(List::stream)).contains("<5");
        for (var row : strata) {
            assertThat(row.stream().filter(c -> !SmallCells.shown(c)).count()).isNotEqualTo(1);
            for (String c : row) {
                assertThat(!SmallCells.shown(c) || Integer.parseInt(c) >= 5).isTrue();
            }
        }
    }

    /** Several requests for the same new citizen at once: one assignment, the same arm for all of them. */
    @Test
    void concurrentCallsForOnePseudonymGetOneAssignment() throws Exception {
        CurrentUser manager = TrialFixture.managerOfNewUnit(administration, "Samtidighedsjobcenter");
        trials.create(manager, TrialFixture.design("Samtidig", 1, 1, Time.today(clock), 6));
        String pseudonym = "same-" + UUID.randomUUID();
        var subject = new TrialSubject(pseudonym, manager.unitId(), "2", TrialFixture.eligible());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Arm>> arms = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                arms.add(pool.submit(() -> {
                    start.await();
                    return trials.assign(subject).orElseThrow().arm();
                }));
            }
            start.countDown();
            var seen = new HashSet<Arm>();
            for (var f : arms) {
                seen.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(seen).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM trial_assignment WHERE pseudonym = ?").param(pseudonym)
            .query(Integer.class).single()).isEqualTo(1);
    }

    private static String pick(Random random, double[] weights) {
        double r = random.nextDouble();
        double sum = 0;
        for (int g = 0; g < weights.length; g++) {
            sum += weights[g];
            if (r < sum) {
                return TrialFixture.ISCO.get(g);
            }
        }
        return "9";
    }
}
