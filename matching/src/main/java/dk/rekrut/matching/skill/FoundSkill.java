package dk.rekrut.matching.skill;

/** A skill found in a text: the skill's id and the words that named it, at [start, end) of the text. */
public record FoundSkill(String skillId, String surface, int start, int end) {
}
