package dk.rekrut.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is by its content (magic bytes and structure), never by its name, and refuses what Rekrut
 * cannot or must not take: executables, encrypted or corrupt documents, zip bombs, active content (PDF launch
 * actions and scripts, Word macros, RTF embedded objects), oversized files, and files whose name says one document
 * type while the content is another. Every refusal carries a message key (and arguments) that tells the applicant
 * what to do; the message never echoes the file name or content.
 *
 * <p>Nothing is written to disk while inspecting: ZIP-based documents are read entry by entry with
 * {@link ZipInputStream}, counting what they unpack to and stopping at the limits.
 */
@Component
public class UploadInspector {

    public sealed interface Inspection permits Accepted, Refused {
    }

    /**
     * The upload is acceptable. {@code safeExtension} is the extension to store and serve it under (from the
     * content, not the name); {@code warnings} name things worth knowing that did not lead to a refusal (e.g.
     * {@code pdf-javascript} when scripts are allowed by configuration).
     */
    public record Accepted(DetectedType detectedType, String safeExtension, String contentType, List<String> warnings)
        implements Inspection {

        public Accepted {
            warnings = List.copyOf(warnings);
        }

        Accepted(DetectedType type) {
            this(type, type.extension(), type.contentType(), List.of());
        }

        /** The detected type as its extension ({@code pdf}, {@code docx}, {@code jpg}, ...). */
        public String type() {
            return safeExtension;
        }
    }

    /** The upload is refused; {@code messageKey} is in the message bundles, {@code args} fill its placeholders. */
    public record Refused(String messageKey, List<Object> args) implements Inspection {

        public Refused {
            args = List.copyOf(args);
        }

        public static Refused of(String messageKey, Object... args) {
            return new Refused(messageKey, List.of(args));
        }
    }

    /** Limits; sizes in bytes. */
    record Limits(long maxFileBytes, long maxTotalBytes, long maxUnzippedBytes, int maxZipEntries, int maxZipRatio,
                  boolean refusePdfScripts, long maxVideoBytes) {

        /** The limits with no setting given: {@link UploadLimits}'s defaults, the one place they are written. */
        static Limits defaults() {
            return new Binder().bindOrCreate("rekrut.upload", UploadLimits.class).limits();
        }
    }


    private final Limits limits;
    private final VirusScanner scanner;

    @Autowired
    UploadInspector(UploadLimits settings, VirusScanner scanner) {
        this(settings.limits(), scanner);
    }

    UploadInspector(Limits limits, VirusScanner scanner) {
        this.limits = limits;
        this.scanner = scanner;
    }

    public long maxFileBytes() {
        return limits.maxFileBytes();
    }

    public long maxTotalBytes() {
        return limits.maxTotalBytes();
    }

    public long maxVideoBytes() {
        return limits.maxVideoBytes();
    }

    /** Inspects one upload; the name only serves to catch a file whose name claims another document type. */
    public Inspection inspect(String originalFileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Refused.of("error.upload.empty");
        }
        if (content.length > limits.maxFileBytes()) {
            return Refused.of("error.upload.too-large", megabytes(limits.maxFileBytes()));
        }
        if (isExecutable(content)) {
            return Refused.of("error.upload.executable");
        }
        if (video(content) != null) {
            return Refused.of("error.upload.video-as-document");
        }
        return nameAndVirus(originalFileName, content, byContent(content));
    }

    /**
     * Inspects a video application: MP4, QuickTime (MOV) or WebM by content, within its own size limit. Only the
     * container is recognised; nothing in a video is executed or decoded by Rekrut, it is only stored and served
     * as a download.
     */
    public Inspection inspectVideo(String originalFileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Refused.of("error.upload.empty");
        }
        if (content.length > limits.maxVideoBytes()) {
            return Refused.of("error.upload.video-too-large", megabytes(limits.maxVideoBytes()));
        }
        DetectedType type = video(content);
        if (type == null) {
            return Refused.of("error.upload.video-type");
        }
        return nameAndVirus(originalFileName, content, new Accepted(type));
    }

    private Inspection nameAndVirus(String originalFileName, byte[] content, Inspection result) {
        if (result instanceof Accepted accepted) {
            String ext = extension(originalFileName);
            if (DANGEROUS_EXTENSIONS.contains(ext)) {
                return Refused.of("error.upload.type");
            }
            if (!nameFits(ext, accepted.detectedType())) {
                return Refused.of("error.upload.mismatch", ext.toUpperCase(Locale.ROOT));
            }
            try {
                var scan = scanner.scan(content);
                if (!scan.clean()) {
                    return Refused.of("error.upload.virus");
                }
            } catch (UncheckedIOException e) {
                return Refused.of("error.upload.scan-unavailable"); // fail closed
            }
        }
        return result;
    }

    /**
     * The video container, or null. ISO base media (MP4, MOV): a box of at least 8 bytes whose type is
     * {@code ftyp} (brand {@code qt  } is QuickTime); older QuickTime files may start with {@code moov},
     * {@code mdat}, {@code wide} or {@code free}. WebM: the EBML magic with the doc type "webm" in its header.
     */
    static DetectedType video(byte[] b) {
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            long size = ((b[0] & 0xffL) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            if (size > 1 && size < 12) { // 0: to the end of the file, 1: a 64-bit size follows
                return null;
            }
            return b[8] == 'q' && b[9] == 't' ? DetectedType.MOV : DetectedType.MP4;
        }
        if (b.length >= 8 && (box(b, "moov") || box(b, "mdat") || box(b, "wide"))) {
            return DetectedType.MOV;
        }
        if (startsWith(b, 0x1a, 0x45, 0xdf, 0xa3) && indexOf(b, "webm".getBytes(StandardCharsets.US_ASCII), 64) >= 0) {
            return DetectedType.WEBM;
        }
        return null;
    }

    private static boolean box(byte[] b, String type) {
        return b[4] == type.charAt(0) && b[5] == type.charAt(1) && b[6] == type.charAt(2) && b[7] == type.charAt(3);
    }

    /** The message key when the files of one application are too large together. */
    public Optional<String> checkTotal(long totalBytes) {
        return checkTotalSize(totalBytes).map(Refused::messageKey);
    }

    /** As {@link #checkTotal}, with the limit in MB as the message's argument. */
    public Optional<Refused> checkTotalSize(long totalBytes) {
        return totalBytes > limits.maxTotalBytes()
            ? Optional.of(Refused.of("error.upload.total-too-large", megabytes(limits.maxTotalBytes())))
            : Optional.empty();
    }

    private Inspection byContent(byte[] b) {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return PdfDocuments.inspect(b, limits.refusePdfScripts());
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return ZipDocuments.inspect(b, limits);
        }
        if (startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            return compoundFile(b);
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return rtf(b);
        }
        if (startsWith(b, 0xff, 0xd8, 0xff) && b.length > 3 && (b[3] & 0xff) >= 0xc0) {
            return new Accepted(DetectedType.JPEG);
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a) && b.length >= 16
            && b[12] == 'I' && b[13] == 'H' && b[14] == 'D' && b[15] == 'R') {
            return new Accepted(DetectedType.PNG);
        }
        return text(b);
    }

    // ---- executables -------------------------------------------------------------------------------------------

    static boolean isExecutable(byte[] b) {
        return startsWith(b, 'M', 'Z')                                   // Windows PE / DOS
            || startsWith(b, 0x7f, 'E', 'L', 'F')                        // Linux ELF
            || startsWith(b, 0xfe, 0xed, 0xfa, 0xce) || startsWith(b, 0xfe, 0xed, 0xfa, 0xcf)  // Mach-O
            || startsWith(b, 0xce, 0xfa, 0xed, 0xfe) || startsWith(b, 0xcf, 0xfa, 0xed, 0xfe)
            || startsWith(b, 0xca, 0xfe, 0xba, 0xbe)                     // Mach-O universal / Java class
            || startsWith(b, 0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00) // Windows shortcut (.lnk)
            || startsWith(b, '#', '!')                                   // shebang script
            || startsWith(b, 0xef, 0xbb, 0xbf, '#', '!');
    }

    /**
     * An OLE compound file: a password-protected Word (or other Office) file keeps its encrypted package in one
     * ({@code EncryptionInfo} + {@code EncryptedPackage}); otherwise it is an old binary format (.doc, .xls, .msi)
     * that Rekrut does not take.
     */
    private static Inspection compoundFile(byte[] b) {
        try (var fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            var root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return Refused.of("error.upload.encrypted");
            }
            return Refused.of("error.upload.type");
        } catch (IOException | RuntimeException e) {
            return Refused.of("error.upload.corrupt");
        }
    }

    // ---- RTF and text ------------------------------------------------------------------------------------------

    private static Inspection rtf(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return Refused.of("error.upload.corrupt");
            }
        }
        String s = new String(b, StandardCharsets.ISO_8859_1);
        // Embedded OLE objects are how RTF carries exploits and programs; ordinary letters and CVs do not need them.
        if (s.contains("\\objdata") || s.contains("\\objocx") || s.contains("\\objemb") || s.contains("\\objlink")) {
            return Refused.of("error.upload.active-content");
        }
        return new Accepted(DetectedType.RTF);
    }

    /** UTF-8 (with or without BOM) or Windows-1252 text: no NUL, no control characters but tab, CR, LF, FF. */
    private static Inspection text(byte[] b) {
        for (byte x : b) {
            int c = x & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return Refused.of("error.upload.type");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return new Accepted(DetectedType.TXT, "txt", "text/plain; charset=UTF-8", List.of());
        } catch (CharacterCodingException e) {
            for (byte x : b) {
                int c = x & 0xff;
                // Bytes Windows-1252 leaves undefined.
                if (c == 0x81 || c == 0x8d || c == 0x8f || c == 0x90 || c == 0x9d) {
                    return Refused.of("error.upload.type");
                }
            }
            return new Accepted(DetectedType.TXT, "txt", "text/plain; charset=windows-1252", List.of());
        }
    }

    // ---- names -------------------------------------------------------------------------------------------------

    private static final Set<String> DANGEROUS_EXTENSIONS = Set.of("exe", "com", "bat", "cmd", "msi", "dll", "scr",
        "js", "jse", "vbs", "vbe", "wsf", "ps1", "sh", "jar", "lnk", "hta", "cpl", "pif", "app", "dmg", "apk", "html",
        "htm", "svg", "xhtml", "docm", "dotm");

    /** A name that names a document type must name this one; a name without a known extension is fine. */
    private static boolean nameFits(String ext, DetectedType type) {
        return switch (ext) {
            case "pdf" -> type == DetectedType.PDF;
            case "docx" -> type == DetectedType.DOCX;
            case "odt" -> type == DetectedType.ODT;
            case "rtf" -> type == DetectedType.RTF;
            case "txt", "text" -> type == DetectedType.TXT;
            case "jpg", "jpeg", "jpe", "jfif" -> type == DetectedType.JPEG;
            case "png" -> type == DetectedType.PNG;
            case "mp4", "m4v" -> type == DetectedType.MP4;
            case "mov", "qt" -> type == DetectedType.MOV || type == DetectedType.MP4;
            case "webm" -> type == DetectedType.WEBM;
            case "doc", "xls", "xlsx", "ppt", "pptx", "ods", "odp", "zip", "gif", "tif", "tiff", "heic", "webp", "pages",
                 "avi", "wmv", "mkv", "flv", "3gp" -> false;
            default -> true;
        };
    }

    static String extension(String name) {
        if (name == null) {
            return "";
        }
        String base = name.replaceAll(".*[/\\\\]", "").strip();
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
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
