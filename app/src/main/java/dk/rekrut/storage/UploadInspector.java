package dk.rekrut.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is by its content, never by its name, and refuses what Rekrut cannot or must not
 * handle: executables, encrypted or corrupt documents, zip bombs, oversized files, and files whose name claims
 * one type while the content is another. Every refusal carries a message key that tells the applicant what to do.
 */
@Component
public class UploadInspector {

    public sealed interface Inspection permits Accepted, Refused {
    }

    /** {@code type} is one of pdf, docx, odt, rtf, txt, jpg, png. */
    public record Accepted(String type, String contentType) implements Inspection {
    }

    public record Refused(String messageKey, List<Object> args) implements Inspection {
        static Refused of(String key, Object... args) {
            return new Refused(key, List.of(args));
        }
    }

    private static final long MAX_UNZIPPED = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 5_000;
    private static final int MAX_RATIO = 200;

    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final VirusScanner scanner;

    UploadInspector(@Value("${rekrut.upload.max-file-mb:10}") long maxFileMb,
                    @Value("${rekrut.upload.max-total-mb:25}") long maxTotalMb, VirusScanner scanner) {
        this.maxFileBytes = maxFileMb * 1024 * 1024;
        this.maxTotalBytes = maxTotalMb * 1024 * 1024;
        this.scanner = scanner;
    }

    public Inspection inspect(String originalName, byte[] content) {
        if (content.length == 0) {
            return Refused.of("error.upload.empty");
        }
        if (content.length > maxFileBytes) {
            return Refused.of("error.upload.too-large", maxFileBytes / (1024 * 1024));
        }
        Inspection result = byContent(content);
        if (result instanceof Accepted a && !nameFits(originalName, a.type())) {
            return Refused.of("error.upload.mismatch", extension(originalName).toUpperCase(Locale.ROOT));
        }
        if (result instanceof Accepted) {
            try {
                if (!scanner.scan(content).clean()) {
                    return Refused.of("error.upload.virus");
                }
            } catch (java.io.UncheckedIOException e) {
                return Refused.of("error.upload.scan-unavailable"); // fail closed
            }
        }
        return result;
    }

    /** The message key when the files of one application are too large together, or empty. */
    public Optional<String> checkTotal(long totalBytes) {
        return totalBytes > maxTotalBytes ? Optional.of("error.upload.total-too-large") : Optional.empty();
    }

    private Inspection byContent(byte[] b) {
        if (startsWith(b, 'M', 'Z') || startsWith(b, 0x7f, 'E', 'L', 'F') || startsWith(b, 0xfe, 0xed, 0xfa)
            || startsWith(b, 0xce, 0xfa, 0xed, 0xfe) || startsWith(b, 0xcf, 0xfa, 0xed, 0xfe)
            || startsWith(b, 0xca, 0xfe, 0xba, 0xbe) || startsWith(b, '#', '!')) {
            return Refused.of("error.upload.executable");
        }
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return pdf(b);
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return zipDocument(b);
        }
        if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            // An OLE container: an encrypted Office document, or an old .doc we do not take.
            return indexOf(b, "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE), b.length) >= 0
                ? Refused.of("error.upload.encrypted") : Refused.of("error.upload.type");
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return new Accepted("rtf", "application/rtf");
        }
        if (startsWith(b, 0xff, 0xd8, 0xff)) {
            return new Accepted("jpg", "image/jpeg");
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a)) {
            return new Accepted("png", "image/png");
        }
        if (isText(b)) {
            return new Accepted("txt", "text/plain");
        }
        return Refused.of("error.upload.type");
    }

    private static Inspection pdf(byte[] b) {
        try (var doc = Loader.loadPDF(b)) {
            if (doc.isEncrypted()) {
                return Refused.of("error.upload.encrypted");
            }
            if (doc.getNumberOfPages() < 1) {
                return Refused.of("error.upload.corrupt");
            }
            return new Accepted("pdf", "application/pdf");
        } catch (InvalidPasswordException e) {
            return Refused.of("error.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            return Refused.of("error.upload.corrupt");
        }
    }

    /** Reads every entry while counting, so a zip bomb is stopped long before it fills memory or disk. */
    private static Inspection zipDocument(byte[] b) {
        boolean contentTypes = false;
        boolean wordDocument = false;
        String mimetype = null;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Refused.of("error.upload.zip-bomb");
                }
                String name = e.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                wordDocument |= name.equals("word/document.xml");
                long entrySize = 0;
                var head = new java.io.ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entrySize += n;
                    total += n;
                    if (total > MAX_UNZIPPED || total > (long) b.length * MAX_RATIO && total > 10L * 1024 * 1024) {
                        return Refused.of("error.upload.zip-bomb");
                    }
                    if (name.equals("mimetype") && head.size() < 200) {
                        head.write(buffer, 0, Math.min(n, 200));
                    }
                }
                if (name.equals("mimetype")) {
                    mimetype = head.toString(StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            return Refused.of("error.upload.corrupt");
        }
        if (entries == 0) {
            return Refused.of("error.upload.corrupt");
        }
        if (contentTypes && wordDocument) {
            return new Accepted("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if ("application/vnd.oasis.opendocument.text".equals(mimetype)) {
            return new Accepted("odt", "application/vnd.oasis.opendocument.text");
        }
        return Refused.of("error.upload.type");
    }

    private static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            // Windows-1252 text from older editors: printable bytes and ordinary control characters only.
            for (byte x : b) {
                int c = x & 0xff;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    return false;
                }
            }
            return true;
        }
    }

    /** A name that names a type must name this one; a name without a known extension is fine. */
    private static boolean nameFits(String name, String type) {
        String ext = extension(name);
        return switch (ext) {
            case "pdf", "docx", "odt", "rtf", "txt", "png" -> ext.equals(type);
            case "jpg", "jpeg" -> type.equals("jpg");
            case "doc", "exe", "zip", "js", "sh", "bat", "cmd", "msi", "dll", "scr", "com" -> false;
            default -> true;
        };
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xff) != (prefix[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int within) {
        int limit = Math.min(b.length - needle.length, within);
        outer:
        for (int i = 0; i <= limit; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
