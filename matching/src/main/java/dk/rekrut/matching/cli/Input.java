package dk.rekrut.matching.cli;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.DocumentText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A command's input: a file or {@code -} for standard input, PDF, DOCX, ODT or text, read to plain text. */
final class Input {

    private static final int MAX_BYTES = 50 * 1024 * 1024;

    private Input() {
    }

    static byte[] bytes(String fileOrDash, InputStream stdin) {
        try {
            if ("-".equals(fileOrDash)) {
                byte[] b = stdin.readNBytes(MAX_BYTES + 1);
                if (b.length > MAX_BYTES) {
                    throw new UsageException("standard input is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
                }
                return b;
            }
            Path p = Path.of(fileOrDash);
            if (Files.isDirectory(p)) {
                throw new UsageException(fileOrDash + " is a folder, not a file");
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + fileOrDash);
        } catch (IOException e) {
            throw new UsageException("cannot read " + fileOrDash + ": " + e.getMessage());
        }
    }

    /** The document's text; empty input gives "" (the caller decides whether that is an error). */
    static String text(String fileOrDash, InputStream stdin) {
        byte[] b = bytes(fileOrDash, stdin);
        if (b.length == 0) {
            return "";
        }
        try {
            return DocumentText.of(b, null);
        } catch (DocumentException e) {
            throw new UsageException(("-".equals(fileOrDash) ? "standard input" : fileOrDash) + " cannot be read: "
                + e.getMessage());
        }
    }

    /** The input as UTF-8 lines of text (for {@code --lines}). */
    static java.util.List<String> lines(String fileOrDash, InputStream stdin) {
        return new String(bytes(fileOrDash, stdin), StandardCharsets.UTF_8).lines().toList();
    }
}
