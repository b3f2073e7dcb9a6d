package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a zip container (DOCX, ODT) with bounds on the number of entries and on the bytes actually
 * inflated, so a zip bomb ends with a clear error after at most {@link Limits#MAX_UNZIPPED_BYTES} bytes, whatever its
 * headers claim. Only the entries the caller wants are kept in memory; the others are only counted.
 */
final class SafeZip {

    private SafeZip() {
    }

    /** Entry names (all of them) mapped to their bytes (only for names {@code keep} accepts; others map to null). */
    static Map<String, byte[]> read(byte[] zip, Predicate<String> keep) throws DocumentException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buf = new byte[16 * 1024];
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (entries.size() >= Limits.MAX_ZIP_ENTRIES) {
                    throw new DocumentException(DocumentException.Kind.TOO_LARGE, "the file has too many parts");
                }
                boolean wanted = !e.isDirectory() && keep.test(e.getName());
                var out = wanted ? new ByteArrayOutputStream() : null;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total > Limits.MAX_UNZIPPED_BYTES) {
                        throw new DocumentException(DocumentException.Kind.TOO_LARGE,
                            "the file unpacks to more than " + Limits.MAX_UNZIPPED_BYTES / (1024 * 1024) + " MB (a zip bomb?)");
                    }
                    if (out != null) {
                        out.write(buf, 0, n);
                    }
                }
                entries.put(e.getName(), out == null ? null : out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the file is not a readable zip container: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new DocumentException(DocumentException.Kind.CORRUPT, "the zip container is empty or damaged");
        }
        return entries;
    }
}
