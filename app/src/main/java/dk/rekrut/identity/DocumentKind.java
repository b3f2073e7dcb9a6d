package dk.rekrut.identity;

/** What an uploaded document is, as the applicant declared it. */
public enum DocumentKind {
    APPLICATION, CV, DIPLOMA, OTHER,
    /** A video application as a file (only where the case takes video, never in an anonymous case). */
    VIDEO
}
