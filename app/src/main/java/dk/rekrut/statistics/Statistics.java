package dk.rekrut.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import dk.rekrut.evaluation.EvaluationAnswers;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.CaseStatus;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.Time;
import dk.rekrut.statistics.Report.Mode;
import dk.rekrut.statistics.Report.Stage;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Computes the statistics for the cases a user may see. Which cases: administrators all; HR with extended or
 * case-handling rights the cases of their own unit and the units below; HR with limited rights the cases they may
 * open. Other roles none (403). The queries are the ones documented in docs/statistics.md.
 */
@Service
public class Statistics {

    /** Evaluation dimensions: name in the report, column in evaluation_answer, the groups in display order. */
    enum Dimension {
        GENDER("gender", "gender", EvaluationAnswers.Gender.values()),
        AGE("age", "age_band", EvaluationAnswers.AgeBand.values()),
        ORIGIN("origin", "origin_group", EvaluationAnswers.OriginGroup.values());

        final String key;
        final String column;
        final List<String> groups;

        Dimension(String key, String column, Enum<?>[] groups) {
            this.key = key;
            this.column = column;
            this.groups = Arrays.stream(groups).map(Enum::name).toList();
        }
    }

    private final StatisticsRepository repository;
    private final Cases cases;
    private final CaseAccess access;
    private final OrganisationDirectory directory;

    Statistics(StatisticsRepository repository, Cases cases, CaseAccess access, OrganisationDirectory directory) {
        this.repository = repository;
        this.cases = cases;
        this.access = access;
        this.directory = directory;
    }

    public static boolean mayUse(CurrentUser user) {
        return user.is(Role.ADMINISTRATOR, Role.HR_EXTENDED, Role.HR_CASE_HANDLING, Role.HR_LIMITED);
    }

    /** The cases in the selection that the user may see, by deadline. */
    public List<RecruitmentCase> selectedCases(CurrentUser user, Selection s) {
        if (!mayUse(user)) {
            throw new ForbiddenException("statistics");
        }
        var ids = s.caseId() != null ? List.of(s.caseId())
            : repository.allCaseIds();
        // With their teams: HR with limited rights counts exactly the cases they are attached to.
        return cases.findAllWithTeams(ids).stream()
            .filter(c -> user.is(Role.ADMINISTRATOR) || access.canView(user, c))
            .filter(c -> s.unitId() == null || directory.isWithin(c.unitId(), s.unitId()))
            .filter(c -> inPeriod(c, s.from(), s.to()))
            .sorted(Comparator.comparing(RecruitmentCase::deadline).thenComparing(RecruitmentCase::title))
            .toList();
    }

    public Report report(CurrentUser user, Selection s) {
        var selected = selectedCases(user, s);
        boolean fairnessShown = evaluationSelectable(s);
        if (selected.isEmpty()) {
            return new Report(0, List.of(), List.of(), List.of(), funnel(Map.of()),
                fairnessShown ? fairness(List.of(), Map.of()) : List.of(), fairnessShown, List.of(),
                internalExternal(List.of(), List.of()));
        }
        var ids = selected.stream().map(RecruitmentCase::id).toList();
        var posted = postings(selected, ids);
        return new Report(selected.size(), countBy(posted, c -> c.category().name()),
            countBy(posted, c -> c.terms().workplaceTown() == null ? "" : c.terms().workplaceTown()),
            perPosting(selected, ids), funnel(funnelCounts(ids)),
            fairnessShown ? fairness(selected, fairnessCounts(ids)) : List.of(), fairnessShown, media(ids),
            internalExternal(selected, ids));
    }

    /**
     * Whether the evaluation tables may be shown for a selection: only when it is a union of whole blocks, i.e. no
     * single case and a period of whole calendar quarters (or open). Every other figure works for any selection.
     */
    static boolean evaluationSelectable(Selection s) {
        return s.caseId() == null && (s.from() == null || Period.startsQuarter(s.from()))
            && (s.to() == null || Period.endsQuarter(s.to()));
    }

    /** The years in which the user has cases (by deadline), newest first: the periods the page offers. */
    List<Integer> years(CurrentUser user) {
        return selectedCases(user, Selection.ALL).stream().map(c -> deadlineDay(c).getYear()).distinct()
            .sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The smallest unit the evaluation tables are counted in: the cases of one unit itself (not the units below it)
     * whose deadline falls in one calendar quarter. Every selection the tables are shown for is a union of blocks.
     */
    record Block(UUID unitId, int year, int quarter) {
        static Block of(RecruitmentCase c) {
            LocalDate day = deadlineDay(c);
            return new Block(c.unitId(), day.getYear(), Period.quarterOf(day));
        }
    }

    private static LocalDate deadlineDay(RecruitmentCase c) {
        return c.deadline().atZone(Time.DANISH).toLocalDate();
    }

    private static boolean inPeriod(RecruitmentCase c, LocalDate from, LocalDate to) {
        LocalDate day = deadlineDay(c);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Cases that were published (not drafts) and have a posting text. */
    private List<RecruitmentCase> postings(List<RecruitmentCase> selected, List<UUID> ids) {
        Set<UUID> withPosting = repository.withPosting(ids);
        return selected.stream().filter(c -> c.status() != CaseStatus.DRAFT && withPosting.contains(c.id())).toList();
    }

    private static List<Report.Count> countBy(List<RecruitmentCase> posted,
                                              Function<RecruitmentCase, String> key) {
        var counts = new TreeMap<String, Integer>();
        posted.forEach(c -> counts.merge(key.apply(c), 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new Report.Count(e.getKey(), e.getValue())).toList();
    }

    private List<Report.PerPosting> perPosting(List<RecruitmentCase> selected, List<UUID> ids) {
        Map<UUID, int[]> byCase = repository.receivedAndHired(ids);
        return selected.stream().map(c -> {
            int[] v = byCase.getOrDefault(c.id(), new int[2]);
            return new Report.PerPosting(c.id().toString(), c.title(), c.anonymous(), v[0], v[1]);
        }).toList();
    }

    /** Applications and hires per case and answer (internal, external, not answered), and their sums. */
    private Report.InternalExternal internalExternal(List<RecruitmentCase> selected, List<UUID> ids) {
        Map<UUID, int[]> byCase = ids.isEmpty() ? Map.of() : repository.internalExternal(ids);
        int[] all = new int[6];
        var rows = selected.stream().map(c -> {
            int[] v = byCase.getOrDefault(c.id(), new int[6]);
            for (int i = 0; i < 6; i++) {
                all[i] += v[i];
            }
            return new Report.InternalExternalRow(c.id().toString(), c.title(), v[0], v[1], v[2], v[3], v[4], v[5]);
        }).toList();
        return new Report.InternalExternal(rows,
            new Report.InternalExternalRow("", "", all[0], all[1], all[2], all[3], all[4], all[5]));
    }

    private Map<Boolean, int[]> funnelCounts(List<UUID> ids) {
        return repository.funnel(ids);
    }

    private static List<Report.FunnelRow> funnel(Map<Boolean, int[]> byAnonymous) {
        int[] ordinary = byAnonymous.getOrDefault(false, new int[5]);
        int[] anonymous = byAnonymous.getOrDefault(true, new int[5]);
        int[] all = new int[5];
        for (int i = 0; i < 5; i++) {
            all[i] = ordinary[i] + anonymous[i];
        }
        return List.of(new Report.FunnelRow(Mode.ALL, list(all)), new Report.FunnelRow(Mode.ORDINARY, list(ordinary)),
            new Report.FunnelRow(Mode.ANONYMOUS, list(anonymous)));
    }

    /** dimension -> case -> group -> stage counts (the case decides anonymous or ordinary). */
    private Map<Dimension, Map<UUID, Map<String, int[]>>> fairnessCounts(List<UUID> ids) {
        Map<Dimension, Map<UUID, Map<String, int[]>>> out = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            out.put(d, repository.byEvaluationGroup(ids, d.column));
        }
        return out;
    }

    /**
     * Anonymous and ordinary recruitments side by side. Each block's table (per dimension and mode) is suppressed on
     * its own by {@link Suppression}; a cell of the selection is the sum of the blocks' cells that their own tables
     * show, and {@code x} when no block shows it. So every figure is a sum of figures each block could show alone,
     * and no subtraction of two selections can uncover what a block hides (docs/statistics.md gives the argument).
     * There is deliberately no combined table of both modes: its cells would be the sums of the two.
     */
    private static List<Report.FairnessTable> fairness(List<RecruitmentCase> selected,
                                                       Map<Dimension, Map<UUID, Map<String, int[]>>> counts) {
        Map<Block, List<RecruitmentCase>> blocks = new LinkedHashMap<>();
        selected.forEach(c -> blocks.computeIfAbsent(Block.of(c), k -> new ArrayList<>()).add(c));
        var tables = new ArrayList<Report.FairnessTable>();
        for (Dimension d : Dimension.values()) {
            var byCase = counts.getOrDefault(d, Map.of());
            for (Mode mode : List.of(Mode.ORDINARY, Mode.ANONYMOUS)) {
                int[][] sum = new int[d.groups.size()][5];
                for (var block : blocks.values()) {
                    int[][] raw = new int[d.groups.size()][5];
                    block.stream().filter(c -> c.anonymous() == (mode == Mode.ANONYMOUS))
                        .forEach(c -> add(raw, d, byCase.getOrDefault(c.id(), Map.of())));
                    String[][] shown = Suppression.protect(raw);
                    for (int i = 0; i < raw.length; i++) {
                        for (int j = 0; j < 5; j++) {
                            if (Suppression.shown(shown[i][j])) {
                                sum[i][j] += raw[i][j];
                            }
                        }
                    }
                }
                var rows = new ArrayList<Report.FairnessRow>();
                for (int i = 0; i < sum.length; i++) {
                    rows.add(new Report.FairnessRow(d.groups.get(i), Arrays.stream(sum[i])
                        .mapToObj(n -> n == 0 ? Suppression.HIDDEN : Integer.toString(n)).toList()));
                }
                tables.add(new Report.FairnessTable(d.key, mode, rows));
            }
        }
        return tables;
    }

    private static void add(int[][] raw, Dimension d, Map<String, int[]> groups) {
        groups.forEach((group, stages) -> {
            int row = d.groups.indexOf(group);
            if (row < 0) {
                return; // a value the enum no longer has: in no row, as before
            }
            for (int j = 0; j < 5; j++) {
                raw[row][j] += stages[j];
            }
        });
    }

    private List<Report.MediumRow> media(List<UUID> ids) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        for (var m : repository.mediumCosts(ids)) {
            names.put(m.code(), m.name());
            costs.put(m.code(), m.cost());
        }
        Map<String, int[]> response = repository.mediumResponse(ids);
        var codes = new TreeSet<>(response.keySet());
        codes.addAll(costs.keySet());
        if (codes.remove("")) {
            codes.add(""); // applications without a medium: last
        }
        var rows = new ArrayList<Report.MediumRow>();
        var known = repository.mediumNames();
        for (String code : codes.stream().sorted(Comparator.comparing((String c) -> c.isEmpty()).thenComparing(c -> c)).toList()) {
            int[] v = response.getOrDefault(code, new int[3]);
            BigDecimal cost = costs.get(code);
            rows.add(new Report.MediumRow(code, names.getOrDefault(code, known.getOrDefault(code, "")), v[0], v[1], v[2], cost,
                divide(cost, v[0]), divide(cost, v[2])));
        }
        return rows;
    }

    private static BigDecimal divide(BigDecimal cost, int by) {
        return cost == null || by == 0 ? null : cost.divide(BigDecimal.valueOf(by), 2, RoundingMode.HALF_UP);
    }

    private static List<Integer> list(int[] v) {
        return Arrays.stream(v).boxed().toList();
    }

    /** The stages in order, for pages and CSV headers. */
    public static List<Stage> stages() {
        return List.of(Stage.values());
    }
}
