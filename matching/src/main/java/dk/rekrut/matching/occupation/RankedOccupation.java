package dk.rekrut.matching.occupation;

import dk.rekrut.matching.esco.Occupation;

/** An occupation found for a text, with the score that ranked it (higher is better; comparable within one query). */
public record RankedOccupation(Occupation occupation, double score) {
}
