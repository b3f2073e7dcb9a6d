package dk.rekrut.publication;

/** OWN_SITE is Rekrut's public job list; the others receive postings through their feed. */
public enum MediumKind {
    OWN_SITE, INTRANET, JOB_PORTAL, NEWSPAPER, SOCIAL_MEDIA, OTHER;

    /** Rekrut's own public job list (the medium a new publication starts with). */
    public boolean isOwnSite() {
        return this == OWN_SITE;
    }
}
