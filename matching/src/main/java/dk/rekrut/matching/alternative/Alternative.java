package dk.rekrut.matching.alternative;

import java.util.List;

/**
 * An occupation the citizen could move to: its ESCO URI, label (in the language asked for), ISCO-08 unit group, the
 * labels of its essential skills the citizen already has and of those they lack (most telling first), and the score
 * that ranked it (0-1: mostly the weighted share of its essential skills the citizen has, see
 * {@link Alternatives.Weights}; comparable within one answer).
 */
public record Alternative(String uri, String label, String isco, List<String> sharedSkills, List<String> missingSkills,
                          double score) {

    public Alternative {
        sharedSkills = List.copyOf(sharedSkills);
        missingSkills = List.copyOf(missingSkills);
    }
}
