package dk.rekrut.matching.alternative;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.IscoGroup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISCO-08 unit groups that ILO's own description of a unit group names, read both ways. The descriptions list
 * "related occupations classified elsewhere" with their codes (cooks 5120: "Chef - 3434", "Fast food preparer -
 * 9411"; nursing professionals 2221: midwives 2222, nursing associate professionals 3221, nursing aides 5321) and
 * name other groups in their notes; both are the classification's own word on which groups lie next to each other,
 * often across ISCO major groups, where the ISCO codes themselves say nothing. A group named by or naming another
 * counts as related to it. Immutable.
 */
final class CrossReferences {

    private static final Pattern CODE = Pattern.compile("\\b\\d{4}\\b");

    private final Map<String, Set<String>> related = new HashMap<>();

    CrossReferences(Esco esco) {
        Set<String> units = new HashSet<>();
        for (IscoGroup g : esco.iscoGroups()) {
            if (g.level() == 4) {
                units.add(g.code());
            }
        }
        for (IscoGroup g : esco.iscoGroups()) {
            if (g.level() != 4) {
                continue;
            }
            Matcher m = CODE.matcher(g.description());
            while (m.find()) {
                String other = m.group();
                if (units.contains(other) && !other.equals(g.code())) {
                    related.computeIfAbsent(g.code(), k -> new HashSet<>()).add(other);
                    related.computeIfAbsent(other, k -> new HashSet<>()).add(g.code());
                }
            }
        }
    }

    /** Whether either unit group's description names the other. */
    boolean related(String group, String other) {
        return related.getOrDefault(group, Set.of()).contains(other);
    }
}
