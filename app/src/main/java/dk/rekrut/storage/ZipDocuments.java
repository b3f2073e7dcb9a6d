package dk.rekrut.storage;

import dk.rekrut.storage.UploadInspector.Accepted;
import dk.rekrut.storage.UploadInspector.Inspection;
import dk.rekrut.storage.UploadInspector.Limits;
import dk.rekrut.storage.UploadInspector.Refused;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

/**
 * ZIP-based documents (DOCX, ODT) for {@link UploadInspector}. Reads every entry while counting, so a zip bomb is
 * stopped long before it fills memory; nothing touches disk.
 */
final class ZipDocuments {

    private static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";
    /** Below this an entry is never called a bomb, whatever its ratio (tiny XML parts compress very well). */
    private static final long RATIO_FLOOR = 1L << 20;
    /** The most of {@code [Content_Types].xml} or {@code mimetype} kept to be read. */
    private static final int HEAD_BYTES = 1 << 20;

    /** What the entries told, gathered while reading them. */
    private static final class Parts {
        boolean wordDocument;
        boolean macros;
        String contentTypes;
        String mimetype;
        int entries;
        long total;
    }

    private ZipDocuments() {
    }

    static Inspection inspect(byte[] b, Limits limits) {
        var parts = new Parts();
        try {
            var refused = read(b, limits, parts);
            if (refused != null) {
                return refused;
            }
        } catch (IOException | IllegalArgumentException ex) {
            return Refused.of("error.upload.corrupt");
        }
        return judge(parts);
    }

    /** Reads the entries into {@code parts}; a refusal as soon as a limit is passed, else null. */
    private static Refused read(byte[] b, Limits limits, Parts parts) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        var counter = new CountingStream(new ByteArrayInputStream(b));
        try (var zip = new ZipInputStream(counter)) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++parts.entries > limits.maxZipEntries()) {
                    return Refused.of("error.upload.zip-bomb");
                }
                String name = e.getName();
                boolean keepHead = name.equals("[Content_Types].xml") || name.equals("mimetype");
                var head = keepHead ? new ByteArrayOutputStream() : null;
                if (!readEntry(zip, counter, buffer, head, limits, parts)) {
                    return Refused.of("error.upload.zip-bomb");
                }
                note(name, head, parts);
            }
        }
        return null;
    }

    /** Unpacks one entry, counting; false when it passes the unpacked total or the compression ratio. */
    private static boolean readEntry(ZipInputStream zip, CountingStream counter, byte[] buffer, ByteArrayOutputStream head,
                                     Limits limits, Parts parts) throws IOException {
        long compressedStart = counter.count;
        long entrySize = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            entrySize += n;
            parts.total += n;
            if (parts.total > limits.maxUnzippedBytes()) {
                return false;
            }
            long compressed = Math.max(1, counter.count - compressedStart);
            if (entrySize > RATIO_FLOOR && entrySize / compressed > limits.maxZipRatio()) {
                return false;
            }
            if (head != null && head.size() < HEAD_BYTES) {
                head.write(buffer, 0, n);
            }
        }
        return true;
    }

    private static void note(String name, ByteArrayOutputStream head, Parts parts) {
        if (name.equals("word/document.xml")) {
            parts.wordDocument = true;
        } else if (name.equals("word/vbaProject.bin") || name.endsWith("/vbaProject.bin")) {
            parts.macros = true;
        } else if (name.equals("[Content_Types].xml")) {
            parts.contentTypes = head.toString(StandardCharsets.UTF_8);
        } else if (name.equals("mimetype")) {
            parts.mimetype = head.toString(StandardCharsets.US_ASCII).strip();
        }
    }

    private static Inspection judge(Parts parts) {
        if (parts.entries == 0) {
            return Refused.of("error.upload.corrupt");
        }
        if (parts.contentTypes != null && parts.wordDocument) {
            if (parts.macros || parts.contentTypes.contains("macroEnabled")) {
                return Refused.of("error.upload.active-content");
            }
            return parts.contentTypes.contains(DOCX_MAIN) ? new Accepted(DetectedType.DOCX) : Refused.of("error.upload.corrupt");
        }
        if (ODT_MIME.equals(parts.mimetype)) {
            return new Accepted(DetectedType.ODT);
        }
        // A spreadsheet, a presentation, a plain ZIP archive: not a type we take.
        return Refused.of("error.upload.type");
    }

    /** Counts the compressed bytes {@link ZipInputStream} has consumed, for the compression ratio. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
