package dk.rekrut.matching.cli;

import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.esco.Lang;
import dk.rekrut.matching.esco.Occupation;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.match.BadProfileException;
import dk.rekrut.matching.match.MatchResult;
import dk.rekrut.matching.match.Matcher;
import dk.rekrut.matching.match.PostingMatch;
import dk.rekrut.matching.match.Profile;
import dk.rekrut.matching.match.Weights;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndex;
import dk.rekrut.matching.skill.Skills;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile matched against an open index, answered in the shape both the {@code match} command and
 * {@code POST /match} print: {@code {"occupations":[…],"postings":[…],"alternatives":[…]}}.
 */
final class Matching implements AutoCloseable {

    /**
     * Alternative occupations for a match, printed under {@code "alternatives"}. INTEGRATION POINT: the
     * {@code alternative} package (helper MC) supplies the real one; until it is on main, {@link #NONE_YET} prints
     * an empty list. The answer must depend on the result's own occupation, citizen skills and language and on
     * {@code top} only: {@link Matching} keeps it for those.
     */
    @FunctionalInterface
    interface AlternativesForMatch {

        AlternativesForMatch NONE_YET = (result, top) -> List.of();

        List<Json.AlternativeOut> find(MatchResult result, int top);
    }

    /** The answer: the citizen's occupations, the postings and the alternatives. */
    record Answer(List<Json.OccupationOut> occupations, List<PostingMatch> postings,
                  List<Json.AlternativeOut> alternatives) {
    }

    private final PostingIndex index;
    private final Matcher matcher;
    private final AlternativesForMatch alternatives;
    // The alternatives depend on the citizen's occupation and skills only, not on the index: kept for repeated CVs.
    private final Map<AlternativesKey, List<Json.AlternativeOut>> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<AlternativesKey, List<Json.AlternativeOut>> eldest) {
            return size() > KEPT_ALTERNATIVES;
        }
    };

    private static final int KEPT_ALTERNATIVES = 256;

    private record AlternativesKey(Optional<String> own, Set<String> skills, Lang lang, int top) {
    }

    private Matching(PostingIndex index, Matcher matcher, AlternativesForMatch alternatives) {
        this.index = index;
        this.matcher = matcher;
        this.alternatives = alternatives;
    }

    /** Opens the index at {@code dir}; a missing folder or one that is not an index is a {@link UsageException}. */
    static Matching open(Path dir, Esco esco, Occupations occupations, Skills skills, AlternativesForMatch alternatives)
        throws IOException {
        PostingIndex index;
        try {
            index = PostingIndex.open(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        var matcher = new Matcher(esco, occupations, skills, Postcodes.shipped(), index, Weights.TUNED,
            Clock.system(MatchCommand.DENMARK));
        return new Matching(index, matcher, alternatives);
    }

    Answer answer(Profile profile) {
        MatchResult r;
        try {
            r = matcher.match(profile);
        } catch (BadProfileException e) {
            throw new UsageException(e.getMessage());
        }
        return new Answer(Json.OccupationOut.all(r.occupations(), r.lang()), r.postings(),
            alternatives(r, profile.top()));
    }

    private List<Json.AlternativeOut> alternatives(MatchResult r, int top) {
        var key = new AlternativesKey(r.ownOccupation().map(Occupation::uri), r.citizenSkills(), r.lang(), top);
        List<Json.AlternativeOut> out;
        synchronized (kept) {
            out = kept.get(key);
        }
        if (out == null) {
            out = List.copyOf(alternatives.find(r, top));
            synchronized (kept) {
                kept.put(key, out);
            }
        }
        return out;
    }

    /** Forgets the CVs and alternatives worked out so far: for measuring a CV seen for the first time. */
    void forget() {
        matcher.forgetCvs();
        synchronized (kept) {
            kept.clear();
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
