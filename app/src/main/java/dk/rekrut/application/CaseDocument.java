package dk.rekrut.application;

import java.util.Locale;
import java.util.UUID;

/**
 * An applicant's original document as the case team sees it listed (no content). Listed only where the person may
 * see the applicant's identity: an ordinary case, HR, or a re-identified candidate (see {@link Applications#documentsFor}).
 */
public record CaseDocument(UUID id, String kind, String type, long sizeBytes, String name) {

    /** Whether the browser can show it (PDF, image, plain text); other types are downloaded. */
    public boolean viewable() {
        return CaseDocumentController.VIEWABLE.containsKey(type);
    }

    /** The size for people: "820 kB", "1,4 MB". */
    public String size() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + " kB"
            : String.format(Locale.forLanguageTag("da"), "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
