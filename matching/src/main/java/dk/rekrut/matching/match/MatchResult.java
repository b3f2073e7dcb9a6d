package dk.rekrut.matching.match;

import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.occupation.RankedOccupation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the matcher found: the citizen's occupations (wishes and CV fused, best first), the occupation the CV itself
 * shows best (empty when the CV names none; its essential skills count as the citizen's), the skill ids the citizen
 * is taken to have, and the postings, matches first and then any fallback postings.
 */
public record MatchResult(Lang lang, List<RankedOccupation> occupations, Optional<Occupation> ownOccupation,
                          Set<String> citizenSkills, List<PostingMatch> postings) {
}
