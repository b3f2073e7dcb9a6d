package dk.rekrut.jobcentre;

/** Where a source's postings come from and how they are read. */
public enum SourceKind {
    /** Rekrut's own public postings, read in-process (no fetch). */
    REKRUT,
    /** An RSS 2.0 or Atom feed (told apart by the document's root element). */
    RSS,
    /** A JSON Feed (jsonfeed.org, 1.0 or 1.1). */
    JSON_FEED,
    /** A page with schema.org JobPosting in JSON-LD, or a sitemap whose pages have it. */
    JSON_LD,
    /** An uploaded CSV or JSON Lines file, kept on the source. */
    UPLOAD;

    public boolean fetchesUrl() {
        return this == RSS || this == JSON_FEED || this == JSON_LD;
    }

    /** An uploaded file: the source's page offers a new upload instead of a URL. */
    public boolean isUpload() {
        return this == UPLOAD;
    }
}
