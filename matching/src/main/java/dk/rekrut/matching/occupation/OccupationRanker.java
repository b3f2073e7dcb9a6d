package dk.rekrut.matching.occupation;

import java.util.List;

/** Anything that ranks ESCO occupations for a text: the engine ({@link Occupations}) and its BM25 baseline. */
public interface OccupationRanker {

    /** The {@code top} occupations for the text, best first; an empty or wordless text gives an empty list. */
    List<RankedOccupation> rank(String text, dk.rekrut.matching.esco.Lang lang, int top);
}
