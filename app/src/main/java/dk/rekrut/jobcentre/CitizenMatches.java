package dk.rekrut.jobcentre;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.match.MatchResult;
import dk.rekrut.matching.match.PostingMatch;
import dk.rekrut.matching.match.Profile;
import org.springframework.stereotype.Service;

/**
 * A citizen's matches for the consultant's page and the API: the engine's ranked postings within the commute area
 * with its explanations, each checked against the active postings of the database (so a posting past its deadline
 * never shows, whatever the index holds) and completed with its title, employer, place, sources and link; the
 * citizen's occupations; alternative occupations with their postings nearby. Reads only the pseudonymised profile.
 */
@Service
public class CitizenMatches {

    /** Postings shown, and asked of the engine (more, since some may have left the active set since the index was built). */
    static final int SHOWN = 20;
    private static final int ASKED = 60;
    private static final int ALTERNATIVES = 3;
    private static final int ALTERNATIVE_POSTINGS = 5;

    /** An occupation the citizen is taken to have or want: {@code {"uri","code","isco","label","score"}}. */
    public record OccupationOut(String uri, String code, String isco, String label, double score) {
    }

    /** A matched posting with the engine's explanation and the posting's own values. */
    public record PostingOut(String id, String title, String employer, String postcode, String town, String url,
                             Instant deadline, List<String> sources, String occupation, String occupationLabel,
                             Double distanceKm, double score, List<String> sharedSkills, List<String> missingSkills,
                             boolean fallback, String explanation) {
    }

    /** An alternative occupation and postings of its ISCO group nearby, nearest first. */
    public record AlternativeOut(String uri, String label, String isco, List<String> sharedSkills,
                                 List<String> missingSkills, List<PostingOut> postings) {
    }

    /** The answer: {@code {"occupations":[…],"postings":[…],"alternatives":[…]}}, as the engine's, completed. */
    public record Matches(String pseudonym, int maxKm, String occupationFilter, List<OccupationOut> occupations,
                          List<PostingOut> postings, List<AlternativeOut> alternatives) {
    }

    private final PostingsIndex index;
    private final MatchingEngine engine;
    private final HarvestedPostings postings;
    private final CitizenRepository repository;
    private final Clock clock;

    CitizenMatches(PostingsIndex index, MatchingEngine engine, HarvestedPostings postings, CitizenRepository repository,
                   Clock clock) {
        this.clock = clock;
        this.index = index;
        this.engine = engine;
        this.postings = postings;
        this.repository = repository;
    }

    /**
     * The matches of a profile. {@code km} narrows the commute area (at most the profile's; null: the profile's);
     * {@code occupation} (an ESCO URI, may be null) keeps only postings in its ISCO-08 unit group. What was shown is
     * logged as posting ids. Not one transaction: a rebuild of the index may come first, and holds no connection.
     */
    public Matches matches(CitizenRepository.Citizen citizen, Integer km, String occupation) {
        int maxKm = km == null || km < 1 ? citizen.maxKm() : Math.min(km, Citizens.MAX_KM);
        var parts = engine.parts();
        Occupation filter = occupation == null || occupation.isBlank() ? null
            : parts.esco().occupation(occupation).orElse(null);
        var profile = new Profile(citizen.cvText(), citizen.wishes(), citizen.postcode(), (double) maxKm, ASKED, Lang.DA);
        MatchResult result = index.match(profile);
        var occupations = result.occupations().stream()
            .map(r -> new OccupationOut(r.occupation().uri(), r.occupation().code(), r.occupation().isco(),
                r.occupation().label(Lang.DA), Math.round(r.score() * 10000) / 10000.0))
            .toList();
        List<PostingMatch> found = result.postings().stream()
            .filter(p -> filter == null || sameGroup(p.occupation(), filter.isco(), parts)).toList();
        var shown = complete(found, parts, SHOWN);
        var alternatives = new ArrayList<AlternativeOut>();
        var home = parts.postcodes().find(citizen.postcode()).flatMap(pc -> pc.place()).orElseThrow();
        var own = result.ownOccupation().map(Occupation::uri).map(List::of)
            .orElseGet(() -> occupations.stream().limit(1).map(OccupationOut::uri).toList());
        if (!own.isEmpty()) {
            for (var alt : parts.alternatives().forOccupations(own, result.citizenSkills(), Lang.DA, ALTERNATIVES)) {
                var near = index.nearby(alt.isco(), home, maxKm, ALTERNATIVE_POSTINGS * 2);
                var active = postings.activeAmong(near.stream().map(n -> UUID.fromString(n.id())).toList());
                var list = new ArrayList<PostingOut>();
                for (var n : near) {
                    var p = active.get(UUID.fromString(n.id()));
                    if (p != null && list.size() < ALTERNATIVE_POSTINGS) {
                        list.add(out(p, "", n.distanceKm(), 0, List.of(), List.of(), false, "", parts));
                    }
                }
                alternatives.add(new AlternativeOut(alt.uri(), alt.label(), alt.isco(), limit(alt.sharedSkills(), 8),
                    limit(alt.missingSkills(), 8), list));
            }
        }
        Set<String> logged = new LinkedHashSet<>();
        shown.forEach(p -> logged.add(p.id()));
        alternatives.forEach(a -> a.postings().forEach(p -> logged.add(p.id())));
        // In the trial's control arm nothing is shown, but what would have been is logged for the analysis.
        repository.log(citizen.id(), clock.instant(), citizen.usualPractice() ? "NOT_SHOWN" : "SHOWN", List.copyOf(logged));
        return new Matches(citizen.pseudonym(), maxKm, filter == null ? null : filter.uri(), occupations, shown,
            alternatives);
    }

    private List<PostingOut> complete(List<PostingMatch> found, MatchingEngine.Parts parts, int n) {
        var active = postings.activeAmong(found.stream().map(p -> UUID.fromString(p.id())).toList());
        var out = new ArrayList<PostingOut>();
        for (PostingMatch m : found) {
            var p = active.get(UUID.fromString(m.id()));
            if (p == null) {
                continue; // left the active set after the index was built: past its deadline
            }
            out.add(out(p, m.occupation(), m.distanceKm(), m.score(), limit(m.sharedSkills(), 8),
                limit(m.missingSkills(), 8), m.fallback(), m.explanation(), parts));
            if (out.size() == n) {
                break;
            }
        }
        return out;
    }

    private static PostingOut out(HarvestedPostings.HarvestedPosting p, String occupation, Double distanceKm, double score, List<String> shared, List<String> missing,
                                  boolean fallback, String explanation, MatchingEngine.Parts parts) {
        String label = occupation == null || occupation.isEmpty() ? ""
            : parts.esco().occupation(occupation).map(o -> o.label(Lang.DA)).orElse("");
        return new PostingOut(p.id().toString(), p.title(), p.employer(), p.postcode(), p.town(), p.url(), p.deadline(),
            p.sources(), occupation, label, distanceKm, score, shared, missing, fallback, explanation);
    }

    private static boolean sameGroup(String uri, String isco, MatchingEngine.Parts parts) {
        return uri != null && !uri.isEmpty()
            && parts.esco().occupation(uri).map(o -> o.isco().equals(isco)).orElse(false);
    }

    private static List<String> limit(List<String> l, int n) {
        return l.size() <= n ? l : l.subList(0, n);
    }
}
