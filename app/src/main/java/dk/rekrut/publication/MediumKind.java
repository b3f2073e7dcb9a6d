package dk.rekrut.publication;

/** OWN_SITE is Rekrut's public job list; the others receive postings through their feed. */
public enum MediumKind {
    OWN_SITE, INTRANET, JOB_PORTAL, NEWSPAPER, SOCIAL_MEDIA, OTHER
}
