package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.util.List;
import java.util.Set;

/**
 * What the matcher found: the citizen's occupations (wishes and CV fused, best first), the skill ids the citizen is
 * taken to have, and the postings, matches first and then any fallback postings.
 */
public record MatchResult(Lang lang, List<RankedOccupation> occupations, Set<String> citizenSkills,
                          List<PostingMatch> postings) {
}
