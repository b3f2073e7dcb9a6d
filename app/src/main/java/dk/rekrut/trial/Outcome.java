package dk.rekrut.trial;

/** What is recorded for a subject: employment is the primary outcome, applications and interviews secondary. */
public enum Outcome {
    EMPLOYED,
    APPLIED,
    INTERVIEW
}
