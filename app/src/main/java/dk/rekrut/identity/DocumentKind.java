package dk.rekrut.identity;

/** What an uploaded document is, as the applicant declared it. */
public enum DocumentKind {
    APPLICATION, CV, DIPLOMA, OTHER
}
