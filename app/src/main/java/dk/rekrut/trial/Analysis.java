package dk.rekrut.trial;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The trial's analysis as of a day, from pseudonymised rows only, as docs/trial.md pre-registers it: CONSORT flow,
 * balance by stratum and baseline facts, the intention-to-treat difference in the share employed within the follow-up
 * window (Newcombe's hybrid score interval, 95 %), secondary outcomes, and time to employment by Kaplan-Meier. Every
 * count of people goes through {@link SmallCells}; an estimate built on a suppressed count is suppressed with it.
 * Numbers are returned unformatted or as count texts; no row is ever about one person.
 */
final class Analysis {

    /** Days in a month on the time-to-employment scale (365.25 / 12). */
    static final double DAYS_PER_MONTH = 30.4375;

    static final List<Arm> ARMS = List.of(Arm.TOOL, Arm.USUAL_PRACTICE);

    /** A row label: a message key and its arguments. */
    record Label(String key, List<Object> args) {
        static Label of(String key, Object... args) {
            return new Label(key, List.of(args));
        }
    }

    /** A table of counts (shown texts): one column per arm and a total column; the last row may be the total. */
    record Table(String id, String titleKey, List<Label> rows, List<List<String>> cells) {
    }

    /** The primary outcome by intention to treat; {@code suppressed} when a cell under 5 would show. */
    record Itt(boolean suppressed, int nTool, int employedTool, int nUsual, int employedUsual, double shareTool,
               double shareUsual, Proportions.Interval wilsonTool, Proportions.Interval wilsonUsual,
               Proportions.Difference difference) {
    }

    /** Share employed by month since assignment (1 - Kaplan-Meier), per arm; null where suppressed. */
    record MonthRow(int month, int day, Double shareTool, String atRiskTool, Double shareUsual, String atRiskUsual) {
    }

    record Median(Arm arm, boolean suppressed, Integer days) {
    }

    record Report(UUID trialId, LocalDate asOf, int followUpMonths, Table screening, Table followUp, Table strata,
                  List<Table> baseline, Itt itt, List<Table> secondary, List<MonthRow> months, List<Median> medians,
                  int assigned, int allocationMismatches) {
    }

    /** One subject's follow-up, derived from its assignment and outcome rows. */
    record FollowUp(Arm arm, LocalDate assignedOn, LocalDate windowEnd, boolean complete, LocalDate employedOn,
                    boolean applied, boolean interview, int days, boolean event) {
    }

    private Analysis() {
    }

    static Report of(Trial trial, List<TrialRepository.Subject> subjects, List<TrialRepository.OutcomeRow> outcomes,
                     LocalDate asOf, int allocationMismatches, Function<UUID, String> unitName) {
        Design d = trial.design();
        var followUps = followUps(subjects, outcomes, d.followUpMonths(), asOf);
        return new Report(trial.id(), asOf, d.followUpMonths(), screening(trial), followUpTable(followUps),
            strata(subjects, unitName), baseline(subjects), itt(followUps), secondary(d, followUps),
            months(followUps, d.followUpMonths()), medians(followUps), subjects.size(), allocationMismatches);
    }

    static List<FollowUp> followUps(List<TrialRepository.Subject> subjects, List<TrialRepository.OutcomeRow> outcomes,
                                    int followUpMonths, LocalDate asOf) {
        Map<UUID, List<TrialRepository.OutcomeRow>> byAssignment = new HashMap<>();
        outcomes.forEach(o -> byAssignment.computeIfAbsent(o.assignmentId(), k -> new ArrayList<>()).add(o));
        List<FollowUp> out = new ArrayList<>();
        for (var s : subjects) {
            LocalDate windowEnd = s.assignedOn().plusMonths(followUpMonths);
            LocalDate observedEnd = asOf.isBefore(windowEnd) ? asOf : windowEnd;
            var rows = byAssignment.getOrDefault(s.assignmentId(), List.of()).stream()
                .filter(o -> !o.occurredOn().isBefore(s.assignedOn()) && o.occurredOn().isBefore(windowEnd)
                    && !o.occurredOn().isAfter(asOf))
                .toList();
            LocalDate employed = rows.stream().filter(o -> o.kind() == Outcome.EMPLOYED)
                .map(TrialRepository.OutcomeRow::occurredOn).min(Comparator.naturalOrder()).orElse(null);
            boolean applied = rows.stream().anyMatch(o -> o.kind() == Outcome.APPLIED);
            boolean interview = rows.stream().anyMatch(o -> o.kind() == Outcome.INTERVIEW);
            int days = (int) ChronoUnit.DAYS.between(s.assignedOn(), employed != null ? employed : observedEnd);
            out.add(new FollowUp(s.arm(), s.assignedOn(), windowEnd, !asOf.isBefore(windowEnd), employed, applied,
                interview, days, employed != null));
        }
        return out;
    }

    private static Table screening(Trial t) {
        int[][] counts = {{t.notEligible()}, {t.inOtherTrial()}, {t.assigned()}, {t.screened()}};
        return new Table("screening", "trial.flow.screening",
            List.of(Label.of("trial.flow.not-eligible"), Label.of("trial.flow.in-other-trial"),
                Label.of("trial.flow.randomised"), Label.of("trial.flow.screened")),
            rows(SmallCells.protect(counts, false, true)));
    }

    /**
     * Employed, not employed (follow-up ended) and ongoing, per arm, allocated as the total. Once nobody's follow-up is
     * ongoing the row is left out: the primary outcome's analysed counts show that anyway, and a 0 describes nobody.
     */
    private static Table followUpTable(List<FollowUp> f) {
        boolean ongoing = f.stream().anyMatch(x -> !x.complete());
        int[][] counts = new int[ongoing ? 4 : 3][3];
        for (var x : f) {
            int row = !x.complete() ? 2 : x.event() ? 0 : 1;
            counts[row][col(x.arm())]++;
        }
        List<Label> labels = new ArrayList<>(List.of(Label.of("trial.flow.employed"), Label.of("trial.flow.not-employed")));
        if (ongoing) {
            labels.add(Label.of("trial.flow.ongoing"));
        }
        labels.add(Label.of("trial.flow.allocated"));
        return new Table("flow", "trial.flow.follow-up", labels, rows(SmallCells.protect(withTotals(counts), true, true)));
    }

    private static Table strata(List<TrialRepository.Subject> subjects, Function<UUID, String> unitName) {
        Map<String, int[]> byStratum = new TreeMap<>();
        subjects.forEach(s -> byStratum.computeIfAbsent(s.stratum(), k -> new int[3])[col(s.arm())]++);
        Map<Label, int[]> rows = new LinkedHashMap<>();
        byStratum.forEach((stratum, counts) -> rows.put(stratumLabel(stratum, unitName), counts));
        return byArm("strata", "trial.balance.strata", rows);
    }

    /** A table of counts by arm, one row per label in order, with a total column and a total row, protected. */
    private static Table byArm(String id, String titleKey, Map<Label, int[]> byLabel) {
        List<Label> labels = new ArrayList<>(byLabel.keySet());
        labels.add(Label.of("trial.total"));
        int[][] counts = new int[labels.size()][];
        int i = 0;
        for (int[] row : byLabel.values()) {
            counts[i++] = row;
        }
        counts[i] = new int[3];
        return new Table(id, titleKey, labels, rows(SmallCells.protect(withTotals(counts), true, true)));
    }

    static Label stratumLabel(String stratum, Function<UUID, String> unitName) {
        if (stratum.equals("all")) {
            return Label.of("trial.stratum.all");
        }
        String unit = null;
        String isco = null;
        for (String part : stratum.split("\\|")) {
            if (part.startsWith("unit:")) {
                unit = Objects.requireNonNullElse(unitName.apply(UUID.fromString(part.substring(5))), "?");
            } else if (part.startsWith("isco:")) {
                isco = part.substring(5);
            }
        }
        if (isco == null) {
            return Label.of("trial.stratum.unit", unit);
        }
        String iscoKey = "-".equals(isco) ? "trial.isco.unknown" : "trial.isco." + isco;
        return unit == null ? Label.of("trial.stratum.isco", iscoKey) : Label.of("trial.stratum.unit-isco", unit, iscoKey);
    }

    private static List<Table> baseline(List<TrialRepository.Subject> subjects) {
        List<Table> tables = new ArrayList<>();
        tables.add(baselineTable("age", "trial.balance.age", subjects,
            s -> s.ageBand() == null ? "trial.unknown" : "trial.age." + s.ageBand(),
            AgeBand.values(), a -> "trial.age." + a, true));
        tables.add(baselineTable("education", "trial.balance.education", subjects,
            s -> s.education() == null ? "trial.unknown" : "trial.education." + s.education(),
            Education.values(), e -> "trial.education." + e, true));
        tables.add(baselineTable("graduate", "trial.balance.graduate", subjects,
            s -> s.recentGraduate() ? "trial.yes" : "trial.no", new String[] {"yes", "no"}, v -> "trial." + v, false));
        tables.add(baselineTable("months", "trial.balance.months", subjects,
            s -> "trial.months." + monthsBand(s.monthsUnemployed()), new String[] {"0-2", "3-5", "6-11", "12+"},
            v -> "trial.months." + v, false));
        return tables;
    }

    static String monthsBand(int months) {
        return months < 3 ? "0-2" : months < 6 ? "3-5" : months < 12 ? "6-11" : "12+";
    }

    private static <T> Table baselineTable(String id, String titleKey, List<TrialRepository.Subject> subjects,
                                           Function<TrialRepository.Subject, String> keyOf, T[] order,
                                           Function<T, String> keyOfValue, boolean canBeUnknown) {
        Map<String, int[]> byKey = new LinkedHashMap<>();
        for (T v : order) {
            byKey.put(keyOfValue.apply(v), new int[3]);
        }
        if (canBeUnknown) {
            byKey.put("trial.unknown", new int[3]);
        }
        subjects.forEach(s -> byKey.get(keyOf.apply(s))[col(s.arm())]++);
        Map<Label, int[]> rows = new LinkedHashMap<>();
        byKey.forEach((key, counts) -> rows.put(Label.of(key), counts));
        return byArm(id, titleKey, rows);
    }

    static Itt itt(List<FollowUp> f) {
        int nT = 0;
        int eT = 0;
        int nU = 0;
        int eU = 0;
        int[] ongoing = new int[2];
        for (var x : f) {
            if (!x.complete()) {
                ongoing[col(x.arm())]++;
                continue;
            }
            if (x.arm() == Arm.TOOL) {
                nT++;
                eT += x.event() ? 1 : 0;
            } else {
                nU++;
                eU += x.event() ? 1 : 0;
            }
        }
        // The analysed count with the allocated count (in the flow) gives the ongoing count, so 1 to 4 ongoing in an
        // arm suppresses the estimate as well.
        boolean suppressed = SmallCells.small(eT) || SmallCells.small(nT - eT) || SmallCells.small(eU)
            || SmallCells.small(nU - eU) || ongoing[0] > 0 && SmallCells.small(ongoing[0])
            || ongoing[1] > 0 && SmallCells.small(ongoing[1]);
        if (suppressed) {
            return new Itt(true, 0, 0, 0, 0, Double.NaN, Double.NaN, null, null, null);
        }
        return new Itt(false, nT, eT, nU, eU, (double) eT / nT, (double) eU / nU,
            Proportions.wilson(eT, nT, Proportions.Z95), Proportions.wilson(eU, nU, Proportions.Z95),
            Proportions.newcombe(eT, nT, eU, nU, Proportions.Z95));
    }

    /** Applications and interviews within the window, among everyone allocated (their follow-up so far). */
    private static List<Table> secondary(Design d, List<FollowUp> f) {
        List<Table> tables = new ArrayList<>();
        if (d.secondaryApplied()) {
            tables.add(binary("applied", "trial.secondary.applied", f, FollowUp::applied));
        }
        if (d.secondaryInterview()) {
            tables.add(binary("interview", "trial.secondary.interview", f, FollowUp::interview));
        }
        return tables;
    }

    private static Table binary(String id, String titleKey, List<FollowUp> f,
                                Predicate<FollowUp> yes) {
        int[][] counts = new int[3][3];
        f.forEach(x -> counts[yes.test(x) ? 0 : 1][col(x.arm())]++);
        return new Table(id, titleKey, List.of(Label.of("trial.yes"), Label.of("trial.no"), Label.of("trial.allocated")),
            rows(SmallCells.protect(withTotals(counts), true, true)));
    }

    /** Kaplan-Meier by arm, read at each month's end: share employed, and the number still followed and not employed. */
    static List<MonthRow> months(List<FollowUp> f, int followUpMonths) {
        var tool = f.stream().filter(x -> x.arm() == Arm.TOOL).toList();
        var usual = f.stream().filter(x -> x.arm() == Arm.USUAL_PRACTICE).toList();
        List<MonthRow> rows = new ArrayList<>();
        for (int m = 1; m <= followUpMonths; m++) {
            int day = (int) Math.round(m * DAYS_PER_MONTH);
            rows.add(new MonthRow(m, day, share(tool, day), atRisk(tool, day), share(usual, day), atRisk(usual, day)));
        }
        return rows;
    }

    private static Double share(List<FollowUp> arm, int day) {
        int events = (int) arm.stream().filter(x -> x.event() && x.days() <= day).count();
        if (SmallCells.small(events) || SmallCells.small(arm.size() - events)) {
            return null;
        }
        return 1 - survival(arm, day);
    }

    private static String atRisk(List<FollowUp> arm, int day) {
        return SmallCells.count((int) arm.stream().filter(x -> x.days() > day).count());
    }

    /** The Kaplan-Meier estimate S(day): product over event times t <= day of (1 - events at t / at risk at t). */
    static double survival(List<FollowUp> arm, int day) {
        var eventDays = arm.stream().filter(x -> x.event() && x.days() <= day).map(FollowUp::days).distinct().sorted()
            .toList();
        double s = 1;
        for (int t : eventDays) {
            long atRisk = arm.stream().filter(x -> x.days() >= t).count();
            long events = arm.stream().filter(x -> x.event() && x.days() == t).count();
            s *= 1 - (double) events / atRisk;
        }
        return s;
    }

    /** The first day at which S falls to 0.5 or below; suppressed with fewer than 5 events, null when not reached. */
    static List<Median> medians(List<FollowUp> f) {
        List<Median> out = new ArrayList<>();
        for (Arm arm : ARMS) {
            var xs = f.stream().filter(x -> x.arm() == arm).toList();
            int events = (int) xs.stream().filter(FollowUp::event).count();
            if (SmallCells.small(events)) {
                out.add(new Median(arm, true, null));
                continue;
            }
            Integer median = xs.stream().filter(FollowUp::event).map(FollowUp::days).distinct().sorted()
                .filter(t -> survival(xs, t) <= 0.5).findFirst().orElse(null);
            out.add(new Median(arm, false, median));
        }
        return out;
    }

    private static int col(Arm arm) {
        return arm == Arm.TOOL ? 0 : 1;
    }

    /** Fills the last column with each row's sum and the last row with each column's sum (it must be all zeros). */
    private static int[][] withTotals(int[][] counts) {
        int rows = counts.length;
        for (int r = 0; r < rows - 1; r++) {
            counts[r][2] = counts[r][0] + counts[r][1];
            for (int c = 0; c < 3; c++) {
                counts[rows - 1][c] += counts[r][c];
            }
        }
        return counts;
    }

    private static List<List<String>> rows(String[][] shown) {
        List<List<String>> out = new ArrayList<>();
        for (String[] row : shown) {
            out.add(List.of(row));
        }
        return out;
    }
}
