package dk.rekrut.application;

import java.util.List;

/** One thing wrong with a submitted form field: a message key (never the entered value) and its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public static FieldProblem of(String field, String key, Object... args) {
        return new FieldProblem(field, key, List.of(args));
    }
}
