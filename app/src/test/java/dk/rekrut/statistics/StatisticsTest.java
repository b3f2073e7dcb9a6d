package dk.rekrut.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.CaseForm;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.TeamRole;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.support.RekrutTest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7, acceptance 3: statistics over seeded data (24 cases, about 1,100 applicants with evaluation answers and
 * status histories, written straight into the tables in JDBC batches) equal the figures this test computes itself
 * from what it seeded, small-cell suppression included; anonymous and ordinary recruitments are shown side by side;
 * no statistic reveals one person's evaluation answers. The seeded cases have deadlines in 2041, a year no other
 * test uses, so the period filter isolates them in the shared database.
 */
@RekrutTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsTest {

    static final String[] STATUSES_IN_ORDER = {"RECEIVED", "IN_SCREENING", "SHORTLISTED", "INVITED", "INTERVIEWED",
        "OFFERED", "HIRED"};
    static final String[] GENDERS = {"FEMALE", "MALE", "OTHER", "NOT_SAID"};
    static final String[] AGES = {"UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49", "FROM_50_TO_59", "FROM_60", "NOT_SAID"};
    static final String[] ORIGINS = {"DANISH", "WESTERN", "NON_WESTERN", "NOT_SAID"};
    static final String[] CATEGORIES = {"IT", "HEALTH", "ADMINISTRATION", "CHILDCARE", "FINANCE"};
    static final String[] TOWNS = {"København", "Aarhus", "Odense", "Aalborg", null};

    @Autowired JdbcTemplate jdbc;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired OrganisationDirectory directory;
    @Autowired Cases cases;

    record SeededCase(UUID id, String title, boolean anonymous, String category, String town, boolean posted,
                      Map<String, BigDecimal> costByMedium) {
    }

    /** What the test knows about one seeded applicant; stage and groups are computed here, not by the app. */
    record Seeded(UUID caseId, boolean anonymous, String medium, List<String> history, String gender, String age,
                  String origin, Boolean employedHere) {
        int stage() {
            int furthest = 0;
            for (String s : history) {
                furthest = Math.max(furthest, switch (s) {
                    case "IN_SCREENING", "SHORTLISTED" -> 1;
                    case "INVITED", "INTERVIEWED" -> 2;
                    case "OFFERED" -> 3;
                    case "HIRED" -> 4;
                    default -> 0;
                });
            }
            return furthest;
        }
    }

    private final List<SeededCase> seededCases = new ArrayList<>();
    private final List<Seeded> applicants = new ArrayList<>();
    private UUID unitId;
    private SeededCase tiny;

    @BeforeAll
    void seed() {
        var random = new Random(20410301);
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        unitId = hr.unitId();
        Map<String, UUID> media = new LinkedHashMap<>();
        jdbc.query("SELECT id, code FROM medium WHERE active = TRUE ORDER BY code",
            rs -> { media.put(rs.getString(2), rs.getObject(1, UUID.class)); });
        var codes = new ArrayList<>(media.keySet());
        assertThat(codes).hasSizeGreaterThanOrEqualTo(2);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> caseRows = new ArrayList<>();
        List<Object[]> postingRows = new ArrayList<>();
        List<Object[]> publicationRows = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            UUID id = UUID.randomUUID();
            boolean anonymous = i % 2 == 1;
            String category = CATEGORIES[i % CATEGORIES.length];
            String town = TOWNS[i % TOWNS.length];
            boolean posted = i != 23; // one case never got a posting: counted as a case, not as a posting
            var deadline = LocalDate.of(2041, 1 + i % 12, 10).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
            var costs = new LinkedHashMap<String, BigDecimal>();
            caseRows.add(new Object[] {id, "Statistiksag " + i + " " + id, unitId, posted ? "CLOSED" : "DRAFT", category,
                "FULL_TIME", town, deadline, anonymous, hr.id(), now, now, posted ? deadline.plusDays(40) : null});
            if (posted) {
                UUID postingId = UUID.randomUUID();
                postingRows.add(new Object[] {postingId, id, "<p>Opslag</p>", now});
                int mediaCount = 1 + i % Math.min(3, codes.size());
                for (int m = 0; m < mediaCount; m++) {
                    String code = codes.get((i + m) % codes.size());
                    var cost = BigDecimal.valueOf(500 + 250L * ((i + m) % 5)).setScale(2);
                    costs.put(code, cost);
                    publicationRows.add(new Object[] {UUID.randomUUID(), postingId, media.get(code), deadline.toLocalDate()
                        .minusDays(30), cost});
                }
            }
            seededCases.add(new SeededCase(id, "Statistiksag " + i + " " + id, anonymous, category, town, posted, costs));
        }
        jdbc.batchUpdate("""
                INSERT INTO recruitment_case (id, title, unit_id, status, category, employment_type, workplace_town,
                    deadline, anonymous, created_by, created_at, updated_at, closed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseRows);
        jdbc.batchUpdate("INSERT INTO posting (id, case_id, intro_html, updated_at) VALUES (?, ?, ?, ?)", postingRows);
        jdbc.batchUpdate("INSERT INTO publication (id, posting_id, medium_id, starts_on, cost) VALUES (?, ?, ?, ?, ?)",
            publicationRows);

        // Applicants: 1 in the tiny case, about 50 in each other posted case.
        List<Object[]> applicationRows = new ArrayList<>();
        List<Object[]> historyRows = new ArrayList<>();
        List<Object[]> evaluationRows = new ArrayList<>();
        tiny = seededCases.get(4); // an ordinary case
        for (var c : seededCases) {
            if (!c.posted()) {
                continue;
            }
            int n = c == tiny ? 1 : 35 + random.nextInt(30);
            var caseMedia = new ArrayList<>(c.costByMedium().keySet());
            for (int k = 0; k < n; k++) {
                UUID id = UUID.randomUUID();
                String medium = random.nextInt(10) == 0 ? null : caseMedia.get(random.nextInt(caseMedia.size()));
                var history = history(random);
                String last = history.getLast();
                var submitted = now.minusDays(100);
                // Internal (TRUE), external (FALSE) or not answered (null), as the applicant said.
                Boolean employedHere = switch (random.nextInt(10)) {
                    case 0, 1, 2 -> Boolean.TRUE;
                    case 3, 4, 5, 6, 7 -> Boolean.FALSE;
                    default -> null;
                };
                applicationRows.add(new Object[] {id, c.id(), "K-" + (10000 + k), last, submitted, 1, medium,
                    "stat-" + id, "stat-" + id, "da", employedHere});
                String from = null;
                for (int h = 0; h < history.size(); h++) {
                    historyRows.add(new Object[] {UUID.randomUUID(), id, from, history.get(h), "seed", submitted.plusHours(h)});
                    from = history.get(h);
                }
                String gender = null;
                String age = null;
                String origin = null;
                if (c == tiny || random.nextInt(5) != 0) { // about 80 % answered the voluntary questions
                    gender = pick(random, GENDERS, new int[] {45, 45, 3, 7});
                    age = pick(random, AGES, new int[] {20, 30, 25, 15, 5, 5});
                    origin = pick(random, ORIGINS, new int[] {75, 10, 10, 5});
                    evaluationRows.add(new Object[] {id, c.id(), gender, age, origin, submitted});
                }
                applicants.add(new Seeded(c.id(), c.anonymous(), medium, history, gender, age, origin, employedHere));
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO application (id, case_id, candidate_number, status, submitted_at, consent_version, medium_code,
                    submission_key, access_token_hash, language, employed_here)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", applicationRows);
        jdbc.batchUpdate("""
                INSERT INTO application_status_change (id, application_id, from_status, to_status, changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""", historyRows);
        jdbc.batchUpdate("""
                INSERT INTO evaluation_answer (application_id, case_id, gender, age_band, origin_group, consented_at)
                VALUES (?, ?, ?, ?, ?, ?)""", evaluationRows);
        assertThat(applicants).hasSizeGreaterThanOrEqualTo(1000);
    }

    /** A status history: forward through the stages (sometimes skipping some), ending anywhere, maybe rejected. */
    private static List<String> history(Random random) {
        var h = new ArrayList<String>();
        h.add("RECEIVED");
        int target = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5, 6 -> 0;
            case 7, 8, 9, 10, 11 -> 1 + random.nextInt(2);
            case 12, 13, 14, 15 -> 3 + random.nextInt(2);
            case 16, 17 -> 5;
            default -> 6;
        };
        for (int s = 1; s <= target; s++) {
            if (random.nextInt(6) != 0 || s == target) { // steps can be skipped: the stage still counts as reached
                h.add(STATUSES_IN_ORDER[s]);
            }
        }
        if (target < 6) {
            int end = random.nextInt(5);
            if (end < 3) {
                h.add("REJECTED");
            } else if (end == 3) {
                h.add("WITHDRAWN");
            }
        }
        return h;
    }

    private static String pick(Random random, String[] values, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int x = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    // --- the tests ---

    @Test
    void figuresEqualWhatTheSeededDataSays() throws Exception {
        JsonNode r = figures(hrExtended(), "unit=" + unitId + "&from=2041-01-01&to=2041-12-31");
        assertThat(r.get("cases").asInt()).isEqualTo(24);

        // Postings by category and by location: the 23 posted cases.
        var byCategory = new TreeMap<String, Integer>();
        var byTown = new TreeMap<String, Integer>();
        seededCases.stream().filter(SeededCase::posted).forEach(c -> {
            byCategory.merge(c.category(), 1, Integer::sum);
            byTown.merge(c.town() == null ? "" : c.town(), 1, Integer::sum);
        });
        assertThat(counts(r.get("postingsByCategory"))).isEqualTo(byCategory);
        assertThat(counts(r.get("postingsByLocation"))).isEqualTo(byTown);

        // Applications per posting, and hires.
        for (var c : seededCases) {
            var node = find(r.get("applicationsPerPosting"), "caseId", c.id().toString());
            var mine = applicants.stream().filter(a -> a.caseId().equals(c.id())).toList();
            assertThat(node.get("applications").asInt()).as(c.title()).isEqualTo(mine.size());
            assertThat(node.get("hired").asInt()).isEqualTo((int) mine.stream().filter(a -> a.stage() >= 4).count());
            assertThat(node.get("anonymous").asBoolean()).isEqualTo(c.anonymous());
        }

        // Internal and external applicants (the applicant's own answer), applications and hires per case and overall.
        var overall = new int[6];
        for (var c : seededCases) {
            var node = find(r.get("internalExternal").get("perCase"), "caseId", c.id().toString());
            int[] expected = internalExternal(applicants.stream().filter(a -> a.caseId().equals(c.id())).toList());
            assertThat(internalExternal(node)).as("internal/external %s", c.title()).containsExactly(expected);
            for (int i = 0; i < 6; i++) {
                overall[i] += expected[i];
            }
        }
        assertThat(r.get("internalExternal").get("perCase").size()).isEqualTo(seededCases.size());
        assertThat(internalExternal(r.get("internalExternal").get("overall"))).containsExactly(internalExternal(applicants));
        assertThat(overall[0] + overall[2] + overall[4]).isEqualTo(applicants.size());
        assertThat(overall[0]).as("the seed has internal applicants").isPositive();
        assertThat(overall[1]).as("and internal hires").isPositive();
        String internalCsv = mvc.perform(get("/statistics/internal-external.csv?unit=" + unitId
                + "&from=2041-01-01&to=2041-12-31").with(hrExtended())).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(internalCsv.lines().toList().getLast()).isEqualTo("ALL;;" + String.join(";",
            Arrays.stream(internalExternal(applicants)).mapToObj(Integer::toString).toList()));

        // The funnel: all, ordinary, anonymous.
        for (var row : r.get("funnel")) {
            String mode = row.get("mode").asString();
            var who = applicants.stream().filter(a -> mode.equals("ALL") || a.anonymous() == mode.equals("ANONYMOUS")).toList();
            var expected = new ArrayList<Integer>();
            for (int s = 0; s <= 4; s++) {
                int stage = s;
                expected.add((int) who.stream().filter(a -> a.stage() >= stage).count());
            }
            assertThat(ints(row.get("counts"))).as("funnel %s", mode).isEqualTo(expected);
        }
        assertThat(ints(find(r.get("funnel"), "mode", "ALL").get("counts")).getFirst()).isEqualTo(applicants.size());

        // The funnel by gender, age and origin, anonymous and ordinary side by side. Each block (the unit's own cases
        // with a deadline in one quarter) is suppressed on its own; a cell is the sum of what the blocks show, "x" if none.
        Map<UUID, Integer> quarterOf = new HashMap<>();
        for (int i = 0; i < seededCases.size(); i++) {
            quarterOf.put(seededCases.get(i).id(), i % 12 / 3 + 1); // deadline month 1 + i % 12
        }
        assertThat(r.get("fairnessShown").asBoolean()).isTrue();
        int suppressedCells = 0;
        for (var table : r.get("fairness")) {
            String dimension = table.get("dimension").asString();
            boolean anonymous = table.get("mode").asString().equals("ANONYMOUS");
            String[] groups = switch (dimension) {
                case "gender" -> GENDERS;
                case "age" -> AGES;
                default -> ORIGINS;
            };
            int[][] expected = new int[groups.length][5];
            for (int quarter = 1; quarter <= 4; quarter++) {
                int[][] raw = new int[groups.length][5];
                for (var a : applicants) {
                    String g = switch (dimension) {
                        case "gender" -> a.gender();
                        case "age" -> a.age();
                        default -> a.origin();
                    };
                    if (g == null || a.anonymous() != anonymous || quarterOf.get(a.caseId()) != quarter) {
                        continue;
                    }
                    int row = Arrays.asList(groups).indexOf(g);
                    for (int s = 0; s <= a.stage(); s++) {
                        raw[row][s]++;
                    }
                }
                String[][] shown = Suppression.protect(raw);
                suppressedCells += assertSuppressed(dimension + "/" + table.get("mode").asString() + "/Q" + quarter, raw, shown);
                for (int i = 0; i < groups.length; i++) {
                    for (int s = 0; s < 5; s++) {
                        if (!shown[i][s].equals("<5") && !shown[i][s].equals("x")) {
                            expected[i][s] += raw[i][s];
                        }
                    }
                }
            }
            for (int i = 0; i < groups.length; i++) {
                var row = find(table.get("rows"), "group", groups[i]);
                var texts = Arrays.stream(expected[i]).mapToObj(n -> n == 0 ? "x" : Integer.toString(n)).toList();
                assertThat(strings(row.get("cells"))).as("%s %s %s", dimension, table.get("mode"), groups[i]).isEqualTo(texts);
            }
        }
        assertThat(suppressedCells).as("the seeded data has small cells to suppress").isGreaterThan(10);

        // Media: applications, interviews and hires per medium; cost per application and per hire.
        var costs = new HashMap<String, BigDecimal>();
        seededCases.forEach(c -> c.costByMedium().forEach((m, v) -> costs.merge(m, v, BigDecimal::add)));
        for (var row : r.get("media")) {
            String code = row.get("code").asString();
            var who = applicants.stream().filter(a -> code.equals(a.medium() == null ? "" : a.medium())).toList();
            assertThat(row.get("applications").asInt()).as(code).isEqualTo(who.size());
            assertThat(row.get("interviews").asInt()).isEqualTo((int) who.stream().filter(a -> a.stage() >= 2).count());
            int hires = (int) who.stream().filter(a -> a.stage() >= 4).count();
            assertThat(row.get("hires").asInt()).isEqualTo(hires);
            BigDecimal cost = costs.get(code);
            if (cost == null) {
                assertThat(row.get("cost").isNull()).isTrue();
            } else {
                assertThat(row.get("cost").decimalValue()).isEqualByComparingTo(cost);
                assertThat(row.get("costPerApplication").decimalValue())
                    .isEqualByComparingTo(cost.divide(BigDecimal.valueOf(who.size()), 2, RoundingMode.HALF_UP));
                if (hires > 0) {
                    assertThat(row.get("costPerHire").decimalValue())
                        .isEqualByComparingTo(cost.divide(BigDecimal.valueOf(hires), 2, RoundingMode.HALF_UP));
                }
            }
        }
        assertThat(r.get("media").size()).isEqualTo(costs.size() + 1); // and one row for "no medium"

        // The CSV holds the same cells as the figures.
        String csv = mvc.perform(get("/statistics/fairness-gender.csv?unit=" + unitId + "&from=2041-01-01&to=2041-12-31")
            .with(hrExtended())).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var female = find(find(r.get("fairness"), "mode", "ANONYMOUS", "dimension", "gender").get("rows"), "group", "FEMALE");
        assertThat(csv).contains("ANONYMOUS;FEMALE;" + String.join(";", strings(female.get("cells"))));
    }

    /**
     * docs/statistics.md tells a DPO how to reproduce the figures with SQL. Its queries are run here, as written, on
     * the seeded cases and must give what the test seeded; its common table expression must be the code's.
     */
    @Test
    void theDocumentedSqlReproducesTheSeededFigures() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "statistics.md"));
        var blocks = new ArrayList<String>();
        var m = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL)
            .matcher(doc.substring(doc.indexOf("## Reproducing the figures from the database")));
        while (m.find()) {
            for (String statement : m.group(1).split(";\\s*\\n")) {
                blocks.add(statement.strip());
            }
        }
        // selection, common table expression, funnel, by gender, per posting, internal/external, media response,
        // cost per medium, postings by category, postings by workplace
        assertThat(blocks).hasSize(10);
        assertThat(blocks.get(1).replaceAll("\\s+", " ")).isEqualTo(StatisticsRepository.REACHED.strip().replaceAll("\\s+", " "));

        var selected = jdbc.queryForList(blocks.get(0).replace("<unit id>", unitId.toString()).replaceAll(";$", ""),
            UUID.class);
        assertThat(selected).containsExactlyInAnyOrderElementsOf(seededCases.stream().map(SeededCase::id).toList());
        String cases = String.join(", ", selected.stream().map(id -> "'" + id + "'").toList());
        Function<String, String> run = q ->
            (blocks.get(1) + "\n" + q).replace("(:cases)", "(" + cases + ")").replaceAll(";\\s*$", "");

        // The funnel, ordinary and anonymous.
        var funnel = new TreeMap<Boolean, List<Integer>>();
        jdbc.query(run.apply(blocks.get(2)), rs -> {
            funnel.put(rs.getBoolean(1), List.of(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
        });
        for (boolean anonymous : new boolean[] {false, true}) {
            var who = applicants.stream().filter(a -> a.anonymous() == anonymous).toList();
            var expected = new ArrayList<Integer>();
            for (int stage = 0; stage <= 4; stage++) {
                int s = stage;
                expected.add((int) who.stream().filter(a -> a.stage() >= s).count());
            }
            assertThat(funnel.get(anonymous)).as("funnel, anonymous=%s", anonymous).isEqualTo(expected);
        }

        // Received by gender per case, before suppression.
        var byGender = new TreeMap<String, Integer>();
        jdbc.query(run.apply(blocks.get(3)), rs -> {
            byGender.merge(rs.getString(1) + " " + rs.getString(2), rs.getInt(3), Integer::sum);
        });
        var seededByGender = new TreeMap<String, Integer>();
        applicants.stream().filter(a -> a.gender() != null)
            .forEach(a -> seededByGender.merge(a.caseId() + " " + a.gender(), 1, Integer::sum));
        assertThat(byGender).isEqualTo(seededByGender);

        // Applications and hires per posting, and internal vs external per case.
        var perCase = new TreeMap<String, String>();
        jdbc.query(run.apply(blocks.get(4)), rs -> {
            perCase.put(rs.getString(1), rs.getInt(2) + "/" + rs.getInt(3));
        });
        var internal = new TreeMap<String, String>();
        jdbc.query(run.apply(blocks.get(5)), rs -> {
            Object employed = rs.getObject(2);
            internal.put(rs.getString(1) + " " + employed, rs.getInt(3) + "/" + rs.getInt(4));
        });
        var seededPerCase = new TreeMap<String, String>();
        var seededInternal = new TreeMap<String, String>();
        for (var c : seededCases) {
            var mine = applicants.stream().filter(a -> a.caseId().equals(c.id())).toList();
            if (!mine.isEmpty()) {
                seededPerCase.put(c.id().toString(), mine.size() + "/" + mine.stream().filter(a -> a.stage() >= 4).count());
            }
            mine.stream().collect(Collectors.groupingBy(a -> String.valueOf(a.employedHere())))
                .forEach((employed, group) -> seededInternal.put(c.id() + " " + employed,
                    group.size() + "/" + group.stream().filter(a -> a.stage() >= 4).count()));
        }
        assertThat(perCase).isEqualTo(seededPerCase);
        assertThat(internal).isEqualTo(seededInternal);

        // Media response (applications, interviews, hires per medium) and cost per medium.
        var response = new TreeMap<String, String>();
        jdbc.query(run.apply(blocks.get(6)), rs -> {
            response.put(rs.getString(1), rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4));
        });
        var seededResponse = new TreeMap<String, String>();
        applicants.stream().collect(Collectors.groupingBy(a -> a.medium() == null ? "" : a.medium()))
            .forEach((medium, group) -> seededResponse.put(medium, group.size() + "/"
                + group.stream().filter(a -> a.stage() >= 2).count() + "/" + group.stream().filter(a -> a.stage() >= 4).count()));
        assertThat(response).isEqualTo(seededResponse);
        var cost = new TreeMap<String, BigDecimal>();
        jdbc.query(run.apply(blocks.get(7)), rs -> {
            cost.put(rs.getString(1), rs.getBigDecimal(3).setScale(2, RoundingMode.UNNECESSARY));
        });
        var seededCost = new TreeMap<String, BigDecimal>();
        seededCases.forEach(c -> c.costByMedium().forEach((code, amount) -> seededCost.merge(code, amount, BigDecimal::add)));
        assertThat(cost).isEqualTo(seededCost);

        // Postings by category and by workplace: the posted cases.
        var byCategory = new TreeMap<String, Integer>();
        jdbc.query(run.apply(blocks.get(8)), rs -> {
            byCategory.put(rs.getString(1), rs.getInt(2));
        });
        var byTown = new TreeMap<String, Integer>();
        jdbc.query(run.apply(blocks.get(9)), rs -> {
            byTown.put(rs.getString(1), rs.getInt(2));
        });
        var seededCategory = new TreeMap<String, Integer>();
        var seededTown = new TreeMap<String, Integer>();
        seededCases.stream().filter(SeededCase::posted).forEach(c -> {
            seededCategory.merge(c.category(), 1, Integer::sum);
            seededTown.merge(c.town() == null ? "" : c.town(), 1, Integer::sum);
        });
        assertThat(byCategory).isEqualTo(seededCategory);
        assertThat(byTown).isEqualTo(seededTown);
    }

    @Test
    void noStatisticShowsOnePersonsEvaluationAnswers() throws Exception {
        // The tiny case has one applicant, who answered all three questions. One case is no selection of whole blocks:
        // its funnel is shown, its evaluation tables are not, on the page, in JSON and in CSV.
        JsonNode r = figures(hrExtended(), "case=" + tiny.id());
        assertThat(r.get("cases").asInt()).isEqualTo(1);
        assertThat(ints(find(r.get("funnel"), "mode", "ALL").get("counts")).getFirst()).isEqualTo(1);
        assertThat(r.get("fairnessShown").asBoolean()).isFalse();
        assertThat(r.get("fairness").isEmpty()).isTrue();
        String page = mvc.perform(get("/statistics?case=" + tiny.id()).with(hrExtended())).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        String fairness = page.substring(page.indexOf("id=\"fair-h\""), page.indexOf("id=\"media-h\""));
        assertThat(Pattern.compile("<td>").matcher(fairness).results().count()).isZero();
        assertThat(fairness).contains("vises kun for hele kvartaler eller år");
        assertThat(page).contains("aldrig bruges som udvælgelseskriterier").contains("<caption>");
        for (String table : List.of("fairness-gender", "fairness-age", "fairness-origin")) {
            var response = mvc.perform(get("/statistics/" + table + ".csv?case=" + tiny.id()).with(hrExtended()))
                .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("hele kvartaler eller år");
        }
        // Within a selection of whole blocks every cell is a number of at least 5 or "x".
        JsonNode all = figures(hrExtended(), "unit=" + unitId + "&period=2041");
        for (var table : all.get("fairness")) {
            for (var row : table.get("rows")) {
                assertThat(strings(row.get("cells"))).allMatch(c -> c.equals("x") || Integer.parseInt(c) >= 5);
            }
        }
    }

    @Test
    void theFilterOffersWholeYearsAndQuartersOnly() throws Exception {
        String page = mvc.perform(get("/statistics?unit=" + unitId + "&period=2041-Q2").with(hrExtended())).andReturn()
            .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<option value=\"2041\">2041</option>")
            .contains("<option value=\"2041-Q2\" selected=\"selected\">2. kvartal 2041</option>")
            .doesNotContain("type=\"date\"")
            .contains("/statistics/fairness-origin.csv?unit=" + unitId + "&amp;period=2041-Q2");
        String english = mvc.perform(get("/statistics?period=2041-Q2&lang=en").with(hrExtended())).andReturn()
            .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains(">Q2 2041</option>");
        // A year is the same selection as its dates; a quarter holds the cases with a deadline in it.
        assertThat(figures(hrExtended(), "unit=" + unitId + "&period=2041").toString())
            .isEqualTo(figures(hrExtended(), "unit=" + unitId + "&from=2041-01-01&to=2041-12-31").toString());
        assertThat(figures(hrExtended(), "unit=" + unitId + "&period=2041-Q2").get("cases").asInt()).isEqualTo(6);
        // Anything else is refused with a clear message, never a 500.
        for (String bad : List.of("period=2041-Q5", "period=41", "period=2041&from=2041-01-01", "period=%3Cb%3E")) {
            var response = mvc.perform(get("/statistics/figures?" + bad).with(hrExtended())).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(bad).contains("et helt år eller et helt kvartal");
        }
    }

    @Test
    void eachRoleSeesOnlyTheCasesItsRightsCover() throws Exception {
        String period = "from=2041-01-01&to=2041-12-31";
        assertThat(figures(hrExtended(), period).get("cases").asInt()).isGreaterThanOrEqualTo(24);
        assertThat(figures(as("admin", Role.ADMINISTRATOR), period).get("cases").asInt()).isGreaterThanOrEqualTo(24);
        // HR with limited rights is attached to none of the seeded cases; HR of another unit sees none of them.
        assertThat(figures(as("hr.begraenset", Role.HR_LIMITED), "unit=" + unitId + "&" + period).get("cases").asInt()).isZero();
        assertThat(figures(as("hr.buf", directory.userByUsername("hr.buf").orElseThrow().role()), period + "&case=" + tiny.id())
            .get("cases").asInt()).isZero();
        assertThat(mvc.perform(get("/statistics/figures").with(as("leder", Role.HIRING_MANAGER))).andReturn().getResponse()
            .getStatus()).isEqualTo(403);
    }

    /**
     * Review M1: two overlapping selections, subtracted, must not give away one applicant's evaluation answer. The
     * review's setup: 6 applicants to case B (deadline 2026-12-27) and 1 to case A (deadline 2027-02-01), all
     * answering NON_WESTERN; two more in case A did not answer. Here B is in a unit C below a unit P, and A in P itself,
     * so units can be subtracted too. The attacker asks for every selection the page, the JSON and the CSV accept
     * around those dates (the review's from/to days, whole quarters and years, every unit, each case) and then looks
     * for a small count: in any one cell, and as the difference between two selections of which one holds the other
     * (the only subtraction that counts people), also after taking two disjoint selections away from a third.
     */
    @Test
    void subtractingSelectionsRevealsNoEvaluationAnswer() throws Exception {
        var hr = directory.userByUsername("hr.udvidet").orElseThrow();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID parent = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        jdbc.update("INSERT INTO organisation_unit (id, name, parent_id, created_at) VALUES (?, ?, ?, ?)",
            parent, "M1 forvaltning " + parent, hr.unitId(), now);
        jdbc.update("INSERT INTO organisation_unit (id, name, parent_id, created_at) VALUES (?, ?, ?, ?)",
            child, "M1 afdeling " + child, parent, now);
        UUID caseB = attackCase("Specialkonsulent", child, OffsetDateTime.of(2026, 12, 27, 12, 0, 0, 0, ZoneOffset.ofHours(1)), hr.id());
        UUID caseA = attackCase("Target case", parent, OffsetDateTime.of(2027, 2, 1, 12, 0, 0, 0, ZoneOffset.ofHours(1)), hr.id());
        for (int i = 0; i < 6; i++) {
            attackApplicant(caseB, true);
        }
        attackApplicant(caseA, true); // "Target Tina"
        attackApplicant(caseA, false);
        attackApplicant(caseA, false);

        var units = new ArrayList<String>(List.of("", "unit=" + hr.unitId(), "unit=" + parent, "unit=" + child));
        var periods = new ArrayList<String>();
        var froms = List.of("", "from=2026-12-27", "from=2026-12-28", "from=2026-10-01", "from=2027-01-01");
        var tos = List.of("", "to=2027-02-01", "to=2027-01-31", "to=2026-12-31", "to=2027-03-31");
        for (String f : froms) {
            for (String t : tos) {
                periods.add(join(f, t));
            }
        }
        periods.addAll(List.of("period=2026", "period=2027", "period=2026-Q4", "period=2027-Q1", "period=2027-Q2"));
        var caseChoices = List.of("", "case=" + caseA, "case=" + caseB);

        // What each allowed selection shows: its cases, and its evaluation cells by name.
        record Seen(String query, Set<String> cases, Map<String, String> cells) {
        }
        var seen = new ArrayList<Seen>();
        for (String unit : units) {
            for (String period : periods) {
                for (String c : caseChoices) {
                    String query = join(join(unit, period), c);
                    var response = mvc.perform(get("/statistics/figures?" + query).with(hrExtended())).andReturn().getResponse();
                    if (response.getStatus() != 200) {
                        continue; // refused: the attacker learns nothing from it
                    }
                    JsonNode r = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
                    var cases = new TreeSet<String>();
                    r.get("applicationsPerPosting").forEach(p -> cases.add(p.get("caseId").asString()));
                    var cells = new TreeMap<String, String>();
                    for (var table : r.get("fairness")) {
                        for (var row : table.get("rows")) {
                            var texts = strings(row.get("cells"));
                            for (int s = 0; s < texts.size(); s++) {
                                cells.put(table.get("dimension").asString() + "/" + table.get("mode").asString() + "/"
                                    + row.get("group").asString() + "/" + s, texts.get(s));
                            }
                        }
                    }
                    seen.add(new Seen(query, cases, cells));
                }
            }
        }
        assertThat(seen).as("the attacker got answers").hasSizeGreaterThan(50);

        // No single cell shows 1 to 4 persons.
        for (var s : seen) {
            s.cells().forEach((cell, text) -> assertThat(small(number(text)))
                .as("%s: %s shows %s", s.query(), cell, text).isFalse());
        }
        // No difference between a selection and one inside it, nor after taking two disjoint ones away, is 1 to 4.
        var distinct = new LinkedHashMap<String, Seen>();
        seen.forEach(s -> distinct.putIfAbsent(s.cases() + "" + s.cells(), s));
        var all = new ArrayList<>(distinct.values());
        for (var outer : all) {
            for (var inner : all) {
                if (outer == inner || !outer.cases().containsAll(inner.cases())) {
                    continue;
                }
                for (var cell : outer.cells().keySet()) {
                    Integer big = number(outer.cells().get(cell));
                    Integer part = number(inner.cells().get(cell));
                    if (big != null && part != null) {
                        assertThat(small(big - part)).as("%s minus %s: %s is %d - %d", outer.query(), inner.query(), cell,
                            big, part).isFalse();
                    }
                }
                for (var other : all) {
                    if (other == inner || other == outer || !outer.cases().containsAll(other.cases())
                        || other.cases().stream().anyMatch(inner.cases()::contains)) {
                        continue;
                    }
                    for (var cell : outer.cells().keySet()) {
                        Integer big = number(outer.cells().get(cell));
                        Integer a = number(inner.cells().get(cell));
                        Integer b = number(other.cells().get(cell));
                        if (big != null && a != null && b != null) {
                            assertThat(small(big - a - b)).as("%s minus %s minus %s: %s", outer.query(), inner.query(),
                                other.query(), cell).isFalse();
                        }
                    }
                }
            }
        }
        // The review's own pair of selections, and the per-case figures, show no evaluation cells at all.
        for (String query : List.of("from=2026-12-27&to=2027-02-01", "from=2026-12-27&to=2027-01-31", "case=" + caseA)) {
            JsonNode r = figures(hrExtended(), query);
            assertThat(r.get("fairness").isEmpty()).as(query).isTrue();
            assertThat(mvc.perform(get("/statistics/fairness-origin.csv?" + query).with(hrExtended())).andReturn()
                .getResponse().getStatus()).as(query).isEqualTo(400);
        }
        // What is not evaluation data stays as exact as before: case A's funnel counts its 3 applicants.
        JsonNode one = figures(hrExtended(), "case=" + caseA);
        assertThat(ints(find(one.get("funnel"), "mode", "ALL").get("counts")).getFirst()).isEqualTo(3);
        // The six in case B are still counted where they form a block of their own (unit C, fourth quarter 2026).
        JsonNode quarter = figures(hrExtended(), "unit=" + child + "&period=2026-Q4");
        var origin = find(find(quarter.get("fairness"), "mode", "ORDINARY", "dimension", "origin").get("rows"), "group", "NON_WESTERN");
        assertThat(strings(origin.get("cells")).getFirst()).isEqualTo("6");
    }

    private UUID attackCase(String title, UUID unit, OffsetDateTime deadline, UUID createdBy) {
        UUID id = UUID.randomUUID();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("""
                INSERT INTO recruitment_case (id, title, unit_id, status, category, employment_type, workplace_town,
                    deadline, anonymous, created_by, created_at, updated_at, closed_at)
                VALUES (?, ?, ?, 'PUBLISHED', 'ADMINISTRATION', 'FULL_TIME', 'Odense', ?, FALSE, ?, ?, ?, NULL)""",
            id, title + " " + id, unit, deadline, createdBy, now, now);
        jdbc.update("INSERT INTO posting (id, case_id, intro_html, updated_at) VALUES (?, ?, ?, ?)",
            UUID.randomUUID(), id, "<p>Opslag</p>", now);
        return id;
    }

    private void attackApplicant(UUID caseId, boolean answers) {
        UUID id = UUID.randomUUID();
        var submitted = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
        jdbc.update("""
                INSERT INTO application (id, case_id, candidate_number, status, submitted_at, consent_version, medium_code,
                    submission_key, access_token_hash, language, employed_here)
                VALUES (?, ?, ?, 'RECEIVED', ?, 1, NULL, ?, ?, 'da', NULL)""",
            id, caseId, "K-" + id.toString().substring(0, 8), submitted, "m1-" + id, "m1-" + id);
        jdbc.update("""
                INSERT INTO application_status_change (id, application_id, from_status, to_status, changed_by, changed_at)
                VALUES (?, ?, NULL, 'RECEIVED', 'seed', ?)""", UUID.randomUUID(), id, submitted);
        if (answers) {
            jdbc.update("""
                    INSERT INTO evaluation_answer (application_id, case_id, gender, age_band, origin_group, consented_at)
                    VALUES (?, ?, 'FEMALE', 'FROM_30_TO_39', 'NON_WESTERN', ?)""", id, caseId, submitted);
        }
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
    }

    private static Integer number(String text) {
        return text != null && text.matches("\\d+") ? Integer.valueOf(text) : null;
    }

    private static boolean small(Integer n) {
        return n != null && n >= 1 && n <= 4;
    }

    /** HR with limited rights counts the cases they are attached to, and a case no longer once removed from it. */
    @Test
    void hrWithLimitedRightsCountsExactlyTheCasesTheyAreAttachedTo() throws Exception {
        var limited = actor("hr.begraenset");
        var hr = actor("hr.udvidet");
        var own = cases.create(limited, caseForm("HR-L egen statistiksag"));
        var attached = cases.create(hr, caseForm("HR-L tilknyttet statistiksag"));
        cases.attach(hr, attached.id(), limited.id(), TeamRole.HANDLER);
        var other = cases.create(hr, caseForm("HR-L ikke tilknyttet"));
        var asLimited = as("hr.begraenset", Role.HR_LIMITED);
        assertThat(figures(asLimited, "case=" + own.id()).get("cases").asInt()).isEqualTo(1);
        assertThat(figures(asLimited, "case=" + attached.id()).get("cases").asInt()).isEqualTo(1);
        assertThat(figures(asLimited, "case=" + other.id()).get("cases").asInt()).isZero();

        cases.detach(hr, own.id(), limited.id(), TeamRole.HANDLER);
        assertThat(figures(asLimited, "case=" + own.id()).get("cases").asInt()).isZero();
    }

    private CurrentUser actor(String username) {
        var u = directory.userByUsername(username).orElseThrow();
        return new CurrentUser(u.id(), u.username(), u.displayName(), u.unitId(), u.role());
    }

    private static CaseForm caseForm(String title) {
        var f = new CaseForm();
        f.setTitle(title + " " + UUID.randomUUID());
        f.setDeadline(LocalDateTime.now().plusDays(30));
        return f;
    }

    /** Internal, internal hired, external, external hired, not answered, not answered hired: computed here. */
    private static int[] internalExternal(List<Seeded> who) {
        int[] v = new int[6];
        for (var a : who) {
            int at = a.employedHere() == null ? 4 : a.employedHere() ? 0 : 2;
            v[at]++;
            if (a.stage() >= 4) {
                v[at + 1]++;
            }
        }
        return v;
    }

    private static int[] internalExternal(JsonNode row) {
        return new int[] {row.get("internal").asInt(), row.get("internalHired").asInt(), row.get("external").asInt(),
            row.get("externalHired").asInt(), row.get("unanswered").asInt(), row.get("unansweredHired").asInt()};
    }

    /** Checks one suppressed table against its raw counts; returns how many cells are hidden. */
    private static int assertSuppressed(String name, int[][] raw, String[][] shown) {
        int hidden = 0;
        for (int col = 0; col < 5; col++) {
            int primary = 0;
            int secondary = 0;
            int primarySum = 0;
            for (int row = 0; row < raw.length; row++) {
                String cell = shown[row][col];
                int value = raw[row][col];
                if (value < 5) {
                    assertThat(cell).as("%s row %d col %d (%d)", name, row, col, value).isEqualTo("<5");
                    primary++;
                    primarySum += value;
                } else if (cell.equals("x")) {
                    secondary++;
                } else {
                    assertThat(cell).as("%s row %d col %d", name, row, col).isEqualTo(Integer.toString(value));
                }
            }
            int suppressed = primary + secondary;
            // A lone hidden cell could be worked out from the column total, and so could primary cells that are all 4.
            assertThat(suppressed).as("%s column %d hides one cell only", name, col).isNotEqualTo(1);
            if (secondary == 0 && primary > 0) {
                assertThat(primarySum == 4 * primary).as("%s column %d: all hidden cells are 4", name, col).isFalse();
            }
            // Secondary suppression only where needed, and then exactly one more cell (unless that still is not enough).
            if (primary >= 2 && primarySum != 4 * primary) {
                assertThat(secondary).as("%s column %d hides more than needed", name, col).isZero();
            }
            if (primary == 1) {
                assertThat(secondary).as("%s column %d", name, col).isEqualTo(1);
            }
            hidden += suppressed;
        }
        return hidden;
    }

    // --- helpers ---

    private JsonNode figures(RequestPostProcessor who, String query) throws Exception {
        var response = mvc.perform(get("/statistics/figures?" + query).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor hrExtended() {
        return as("hr.udvidet", Role.HR_EXTENDED);
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(username).authorities(new SimpleGrantedAuthority(role.authority()));
    }

    private static Map<String, Integer> counts(JsonNode array) {
        var out = new TreeMap<String, Integer>();
        array.forEach(n -> out.put(n.get("key").asString(), n.get("count").asInt()));
        return out;
    }

    private static JsonNode find(JsonNode array, String... fieldValuePairs) {
        for (var n : array) {
            boolean match = true;
            for (int i = 0; i < fieldValuePairs.length; i += 2) {
                match &= n.get(fieldValuePairs[i]).asString().equals(fieldValuePairs[i + 1]);
            }
            if (match) {
                return n;
            }
        }
        throw new AssertionError("no " + List.of(fieldValuePairs) + " in " + array);
    }

    private static List<Integer> ints(JsonNode array) {
        var out = new ArrayList<Integer>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

}
