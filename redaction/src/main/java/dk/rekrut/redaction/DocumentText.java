package dk.rekrut.redaction;

import dk.rekrut.redaction.extract.Extraction;

/**
 * A document's plain text, read with the engine's own extraction, for other engines (job matching reads CVs) so that
 * Rekrut has one way to read PDF, DOCX, ODT, RTF, HTML and text, with the same size and zip-bomb limits.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The text of the document; {@code mediaType} may be null (the format is sniffed from the bytes). */
    public static String of(byte[] document, String mediaType) throws DocumentException {
        if (document == null || document.length == 0) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the document is empty");
        }
        if (document.length > Limits.MAX_INPUT_BYTES) {
            throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                "the document is larger than " + Limits.MAX_INPUT_BYTES / (1024 * 1024) + " MB");
        }
        try {
            try (var extraction = Extraction.read(document, mediaType)) {
                return extraction.text();
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A parser that breaks on hostile input is an unreadable document, never a crash of the caller.
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the document could not be read", e);
        }
    }

    /** "da" or "en": the language most of the text's common words belong to (Danish when in doubt). */
    public static String language(String text) {
        return Language.guess(text == null ? "" : text);
    }
}
