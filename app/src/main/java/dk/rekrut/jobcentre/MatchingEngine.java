package dk.rekrut.jobcentre;

import dk.rekrut.matching.alternative.Alternatives;
import dk.rekrut.matching.esco.Esco;
import dk.rekrut.matching.geo.Postcodes;
import dk.rekrut.matching.occupation.Occupations;
import dk.rekrut.matching.posting.PostingIndexer;
import dk.rekrut.matching.posting.PostingReader;
import dk.rekrut.matching.skill.Skills;
import org.springframework.stereotype.Component;

/**
 * The matching engine's reference data and rankers, loaded once per application (ESCO, the occupation ranker, the
 * skill finder, alternatives, postcodes). Loaded on first use, not at start: only the job centre needs them, and
 * loading takes seconds.
 */
@Component
class MatchingEngine {

    /** The engine's parts; all thread-safe and shared. */
    record Parts(Esco esco, Occupations occupations, Skills skills, Alternatives alternatives, Postcodes postcodes) {

        PostingIndexer indexer() {
            return new PostingIndexer(esco, occupations, skills, new PostingReader(esco, postcodes));
        }
    }

    private volatile Parts parts;

    Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    Esco esco = Esco.shipped();
                    p = new Parts(esco, new Occupations(esco), new Skills(esco), new Alternatives(esco),
                        Postcodes.shipped());
                    parts = p;
                }
            }
        }
        return p;
    }

    /** Postcodes need no ESCO: the form checks them without loading the rest. */
    Postcodes postcodes() {
        return Postcodes.shipped();
    }
}
