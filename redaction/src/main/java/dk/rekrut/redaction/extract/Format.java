package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The input formats the engine reads. The format is decided from the bytes first and the declared media type
 * second: a file that claims to be text but is a PDF is read as the PDF it is, so nothing hides behind a wrong label.
 */
enum Format {
    PDF, DOCX, ODT, RTF, HTML, TXT;

    static Format sniff(byte[] b, String mediaType) throws DocumentException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).strip();
        if (startsWith(b, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) {
            return PDF;
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            // OLE2: a legacy .doc, or an Office file protected by a password (those are stored as OLE2 too).
            throw new DocumentException(DocumentException.Kind.UNSUPPORTED,
                "legacy Word (.doc) or password-protected Office file: save it as DOCX or PDF without a password");
        }
        if (startsWith(b, "PK\u0003\u0004")) {
            if (indexOf(b, "mimetypeapplication/vnd.oasis.opendocument.text", 200) >= 0 || type.contains("opendocument.text")) {
                return ODT;
            }
            if (indexOf(b, "word/", b.length) >= 0) {
                return DOCX;
            }
            throw new DocumentException(DocumentException.Kind.UNSUPPORTED, "a zip file that is neither DOCX nor ODT text");
        }
        if (startsWith(b, "{\\rtf")) {
            return RTF;
        }
        if (isImage(b)) {
            throw new DocumentException(DocumentException.Kind.UNSUPPORTED,
                "an image (photo or scan): it cannot be redacted automatically and needs manual handling");
        }
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1).stripLeading()
            .toLowerCase(Locale.ROOT);
        if (type.contains("html") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return HTML;
        }
        if (type.isEmpty() || type.startsWith("text/")) {
            if (looksBinary(b)) {
                throw new DocumentException(DocumentException.Kind.UNSUPPORTED, "binary data of an unknown format");
            }
            return TXT;
        }
        throw new DocumentException(DocumentException.Kind.UNSUPPORTED, "unsupported media type " + mediaType);
    }

    private static boolean isImage(byte[] b) {
        return b.length > 4 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 || startsWith(b, "\u0089PNG")
            || startsWith(b, "GIF8") || startsWith(b, "II*\u0000") || startsWith(b, "MM\u0000*"));
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, String prefix) {
        if (b.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((b[i] & 0xff) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, String needle, int within) {
        int limit = Math.min(b.length, within) - needle.length();
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < needle.length(); j++) {
                if ((b[i + j] & 0xff) != needle.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
