package dk.rekrut.search;

import dk.rekrut.application.ApplicantSearch;

/**
 * What the user typed, made fit to search: trimmed, inner runs of white space made one, and cut to
 * {@link #MAX_LENGTH} (no title or name is longer). Blank means "show the hint", not "list everything".
 */
record SearchQuery(String text) {

    static final int MAX_LENGTH = 100;

    static SearchQuery of(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        return new SearchQuery(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH).strip() : text);
    }

    boolean blank() {
        return text.isEmpty();
    }

    /** Long enough to look for applicants by name or e-mail (a single letter would list almost everyone). */
    boolean searchesApplicants() {
        return text.length() >= ApplicantSearch.MIN_LENGTH;
    }
}
