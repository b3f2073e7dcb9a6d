package dk.rekrut.application.submission;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import dk.rekrut.application.FieldProblem;
import dk.rekrut.application.ScreeningQuestion;
import dk.rekrut.shared.PlainText;

/**
 * Reads and validates answers to screening questions from form fields, and turns them into stored values:
 * yes/no: "yes"|"no"; free text: the text; single: option id; multiple: option ids; prioritised: option ids in
 * rank order; classified: "optionId:classIndex" pairs. Fields: {@code q-<id>}, and {@code q-<id>-<optionId>}
 * for the per-option rank or class.
 */
public final class Answers {

    public record Result(Map<UUID, String> values, List<FieldProblem> problems) {
    }

    private Answers() {
    }

    public static Result read(List<ScreeningQuestion> questions, Map<String, List<String>> fields) {
        Map<UUID, String> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (ScreeningQuestion q : questions) {
            String value = switch (q.kind()) {
                case YES_NO -> yesNo(q, fields, problems);
                case FREE_TEXT -> freeText(q, fields, problems);
                case SINGLE_CHOICE -> single(q, fields, problems);
                case MULTIPLE_CHOICE -> multiple(q, fields, problems);
                case PRIORITISED -> prioritised(q, fields, problems);
                case CLASSIFIED -> classified(q, fields, problems);
            };
            if (value == null && q.required() && problems.stream().noneMatch(p -> p.field().equals(q.field()))) {
                problems.add(FieldProblem.of(q.field(), "error.answer.required"));
            }
            if (value != null) {
                values.put(q.id(), value);
            }
        }
        return new Result(values, problems);
    }

    private static String yesNo(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        String v = first(f, q.field());
        if (v == null) {
            return null;
        }
        if (!v.equals("yes") && !v.equals("no")) {
            problems.add(FieldProblem.of(q.field(), "error.answer.invalid"));
            return null;
        }
        return v;
    }

    private static String freeText(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        String v = first(f, q.field());
        if (v == null) {
            return null;
        }
        // Shown as one line in the candidate list and on the board: no bidirectional controls (PlainText); an answer
        // of only such controls is no answer.
        v = PlainText.plain(v).replace("\r\n", "\n");
        if (v.isEmpty()) {
            return null;
        }
        int max = q.maxLength() == null ? 10000 : q.maxLength();
        if (v.codePointCount(0, v.length()) > max) {
            problems.add(FieldProblem.of(q.field(), "error.answer.too-long", max));
            return null;
        }
        return v;
    }

    private static String single(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        String v = first(f, q.field());
        if (v == null) {
            return null;
        }
        if (!optionIds(q).contains(v)) {
            problems.add(FieldProblem.of(q.field(), "error.answer.invalid"));
            return null;
        }
        return v;
    }

    private static String multiple(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        List<String> chosen = f.getOrDefault(q.field(), List.of()).stream().filter(s -> !s.isBlank()).distinct().toList();
        if (!optionIds(q).containsAll(chosen)) {
            problems.add(FieldProblem.of(q.field(), "error.answer.invalid"));
            return null;
        }
        if (chosen.isEmpty()) {
            return null;
        }
        if (q.minChoices() != null && chosen.size() < q.minChoices()) {
            problems.add(FieldProblem.of(q.field(), "error.answer.too-few", q.minChoices()));
            return null;
        }
        if (q.maxChoices() != null && chosen.size() > q.maxChoices()) {
            problems.add(FieldProblem.of(q.field(), "error.answer.too-many", q.maxChoices()));
            return null;
        }
        // Stored in the question's option order, whatever order the browser sent them in.
        return String.join(",", q.options().stream().map(o -> o.id().toString()).filter(chosen::contains).toList());
    }

    private static String prioritised(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        TreeMap<Integer, String> byRank = new TreeMap<>();
        int given = 0;
        for (var o : q.options()) {
            String rank = first(f, q.field() + "-" + o.id());
            if (rank == null) {
                continue;
            }
            given++;
            try {
                int r = Integer.parseInt(rank);
                if (r < 1 || r > q.options().size() || byRank.put(r, o.id().toString()) != null) {
                    problems.add(FieldProblem.of(q.field(), "error.answer.ranks", q.options().size()));
                    return null;
                }
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(q.field(), "error.answer.ranks", q.options().size()));
                return null;
            }
        }
        if (given == 0) {
            return null;
        }
        if (given != q.options().size()) {
            problems.add(FieldProblem.of(q.field(), "error.answer.ranks", q.options().size()));
            return null;
        }
        return String.join(",", byRank.values());
    }

    private static String classified(ScreeningQuestion q, Map<String, List<String>> f, List<FieldProblem> problems) {
        List<String> pairs = new ArrayList<>();
        for (var o : q.options()) {
            String cls = first(f, q.field() + "-" + o.id());
            if (cls == null) {
                continue;
            }
            try {
                int c = Integer.parseInt(cls);
                if (c < 0 || c >= q.classLabels().size()) {
                    throw new NumberFormatException();
                }
                pairs.add(o.id() + ":" + c);
            } catch (NumberFormatException e) {
                problems.add(FieldProblem.of(q.field(), "error.answer.invalid"));
                return null;
            }
        }
        if (pairs.isEmpty()) {
            return null;
        }
        if (pairs.size() != q.options().size()) {
            problems.add(FieldProblem.of(q.field(), "error.answer.classify-all"));
            return null;
        }
        return String.join(",", pairs);
    }

    private static Set<String> optionIds(ScreeningQuestion q) {
        Set<String> ids = new HashSet<>();
        q.options().forEach(o -> ids.add(o.id().toString()));
        return ids;
    }

    private static String first(Map<String, List<String>> f, String name) {
        List<String> v = f.get(name);
        if (v == null || v.isEmpty() || v.getFirst() == null || v.getFirst().isBlank()) {
            return null;
        }
        return v.getFirst();
    }

    /** A stored answer in words, for the applicant's own page and (later) the committee. */
    public static String describe(ScreeningQuestion q, String value, Map<String, String> words) {
        if (value == null) {
            return "";
        }
        Map<String, String> labels = new LinkedHashMap<>();
        q.options().forEach(o -> labels.put(o.id().toString(), o.label()));
        return switch (q.kind()) {
            case YES_NO -> words.getOrDefault(value, value);
            case FREE_TEXT -> value;
            case SINGLE_CHOICE -> labels.getOrDefault(value, "");
            case MULTIPLE_CHOICE -> String.join(", ", List.of(value.split(",")).stream().map(labels::get).toList());
            case PRIORITISED -> {
                List<String> out = new ArrayList<>();
                String[] ids = value.split(",");
                for (int i = 0; i < ids.length; i++) {
                    out.add((i + 1) + ". " + labels.get(ids[i]));
                }
                yield String.join("; ", out);
            }
            case CLASSIFIED -> String.join("; ", List.of(value.split(",")).stream().map(p -> {
                String[] kv = p.split(":");
                return labels.get(kv[0]) + ": " + q.classLabels().get(Integer.parseInt(kv[1]));
            }).toList());
        };
    }
}
