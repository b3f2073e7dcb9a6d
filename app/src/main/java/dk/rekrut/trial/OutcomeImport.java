package dk.rekrut.trial;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Reads an outcome file from the employment system: UTF-8, one {@code pseudonym;date;outcome} a line, an optional
 * header line starting with "pseudonym". Dates ISO ({@code 2026-03-31}) or Danish ({@code 31-03-2026},
 * {@code 31.03.2026}); outcomes {@code EMPLOYED}/{@code ansat}, {@code APPLIED}/{@code søgt},
 * {@code INTERVIEW}/{@code samtale}. Every line is checked before anything is stored; a bad line is named by its
 * number and a code, never by its content.
 */
final class OutcomeImport {

    static final int MAX_BYTES = 5_000_000;
    static final int MAX_ERRORS_KEPT = 100;

    record Line(int number, UUID assignmentId, Outcome kind, LocalDate date) {
    }

    /** A bad line: its number (1-based; 0 for the file as a whole) and what is wrong (a message key suffix). */
    record Error(int line, String code) {
    }

    record Result(List<Line> lines, List<Error> errors, int errorCount, int stored) {
        Result withStored(int n) {
            return new Result(lines, errors, errorCount, n);
        }

        public boolean ok() {
            return errorCount == 0;
        }
    }

    private static final DateTimeFormatter DANISH_DASH = DateTimeFormatter.ofPattern("dd-MM-uuuu")
        .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DANISH_DOT = DateTimeFormatter.ofPattern("dd.MM.uuuu")
        .withResolverStyle(ResolverStyle.STRICT);

    private OutcomeImport() {
    }

    static Result check(byte[] content, List<TrialRepository.Subject> subjects, LocalDate today) {
        if (content == null || content.length == 0) {
            return failed("empty");
        }
        if (content.length > MAX_BYTES) {
            return failed("too-large");
        }
        String text = utf8(content);
        if (text == null) {
            return failed("encoding");
        }
        Map<String, TrialRepository.Subject> byPseudonym = new HashMap<>();
        subjects.forEach(s -> byPseudonym.put(s.pseudonym(), s));
        List<Line> lines = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        int errorCount = 0;
        String[] raw = text.split("\r?\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            int number = i + 1;
            if (line.isEmpty() || i == 0 && line.toLowerCase(Locale.ROOT).startsWith("pseudonym")) {
                continue;
            }
            var parsed = parse(line, number, byPseudonym, today);
            if (parsed.problem() != null) {
                if (errors.size() < MAX_ERRORS_KEPT) {
                    errors.add(new Error(number, parsed.problem()));
                }
                errorCount++;
            } else {
                lines.add(parsed.line());
            }
        }
        if (lines.isEmpty() && errorCount == 0) {
            return failed("empty");
        }
        return new Result(errorCount == 0 ? lines : List.of(), errors, errorCount, 0);
    }

    /** One line read: its outcome, or why it cannot be one (then {@code line} is null). */
    private record Parsed(Line line, String problem) {
    }

    private static Parsed parse(String line, int number, Map<String, TrialRepository.Subject> byPseudonym,
                                LocalDate today) {
        String[] fields = line.split(";", -1);
        if (fields.length != 3) {
            return new Parsed(null, "fields");
        }
        var subject = byPseudonym.get(unquote(fields[0]));
        LocalDate date = date(unquote(fields[1]));
        Outcome kind = outcome(unquote(fields[2]));
        if (subject == null) {
            return new Parsed(null, "unknown-pseudonym");
        } else if (date == null) {
            return new Parsed(null, "date");
        } else if (kind == null) {
            return new Parsed(null, "outcome");
        }
        String problem = dateProblem(date, subject.assignedOn(), today);
        return new Parsed(problem == null ? new Line(number, subject.assignmentId(), kind, date) : null, problem);
    }

    /** The file as UTF-8 text without a byte order mark; null if it is not UTF-8. */
    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Why an outcome on {@code date} cannot be: null when it can. */
    static String dateProblem(LocalDate date, LocalDate assignedOn, LocalDate today) {
        if (date == null) {
            return "date";
        }
        if (date.isBefore(assignedOn)) {
            return "before-assignment";
        }
        return date.isAfter(today) ? "future" : null;
    }

    private static Result failed(String code) {
        return new Result(List.of(), List.of(new Error(0, code)), 1, 0);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1).strip() : t;
    }

    private static LocalDate date(String s) {
        for (var f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DANISH_DASH, DANISH_DOT)) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private static Outcome outcome(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "employed", "ansat" -> Outcome.EMPLOYED;
            case "applied", "søgt", "soegt" -> Outcome.APPLIED;
            case "interview", "samtale", "til samtale" -> Outcome.INTERVIEW;
            default -> null;
        };
    }
}
