package dk.rekrut.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Spring route patterns filled in for attack tests: every combination of the values given per path variable. */
public final class RoutePatterns {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private RoutePatterns() {
    }

    /** {@code /cases/{caseId}/x/{id}} with each value of each variable; a variable without values gets a random id. */
    public static List<String> fill(String pattern, Map<String, List<String>> values) {
        Matcher m = VARIABLE.matcher(pattern);
        if (!m.find()) {
            return List.of(pattern);
        }
        List<String> choices = values.getOrDefault(m.group(1), List.of(UUID.randomUUID().toString()));
        List<String> out = new ArrayList<>();
        for (String v : choices) {
            out.addAll(fill(pattern.substring(0, m.start()) + v + pattern.substring(m.end()), values));
        }
        return out;
    }
}
