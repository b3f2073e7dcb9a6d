package dk.rekrut.trial;

/** The two arms: the consultant uses the matching tool, or works as usual and sees no suggestions. */
public enum Arm {
    TOOL,
    USUAL_PRACTICE
}
