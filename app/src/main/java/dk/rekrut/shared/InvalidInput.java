package dk.rekrut.shared;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Fields of a form that break their rules (too long, out of range), all at once. The API answers 422 with one entry
 * per field; a web form shows the first. Carries field names and limits, never the entered values.
 */
public class InvalidInput extends RuleViolation {

    /**
     * One field's problem: a message key and its arguments. The first argument of the field messages is the field's
     * label ({@code field.<name>}, falling back to the name itself).
     */
    public record Problem(String field, String messageKey, List<Object> args) {

        public static Problem tooLong(TextLimits.TooLong t) {
            return new Problem(t.field(), "error.input.too-long", List.of(label(t.field()), String.valueOf(t.max())));
        }

        public static Problem of(String field, String messageKey, Object... more) {
            var args = new ArrayList<Object>();
            args.add(label(field));
            args.addAll(List.of(more));
            return new Problem(field, messageKey, List.copyOf(args));
        }

        private static DefaultMessageSourceResolvable label(String field) {
            return new DefaultMessageSourceResolvable(new String[] {"field." + field}, field);
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().args().toArray());
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
