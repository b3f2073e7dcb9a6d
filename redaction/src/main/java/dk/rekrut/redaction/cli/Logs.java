package dk.rekrut.redaction.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The command line is quiet by default: PDFBox and FontBox log through java.util.logging (commons-logging finds no
 * other backend on this class path), and their font warnings and stack traces tell a user nothing about the outcome,
 * which the command prints itself, one line per document. {@code --verbose} lets them through again.
 */
final class Logs {

    /** Held here: java.util.logging keeps loggers only weakly, and a collected logger forgets its level. */
    private static final List<Logger> LIBRARIES = List.of(Logger.getLogger("org.apache.pdfbox"),
        Logger.getLogger("org.apache.fontbox"));

    private Logs() {
    }

    static void libraries(boolean verbose) {
        for (Logger l : LIBRARIES) {
            l.setLevel(verbose ? null : Level.OFF);
        }
    }
}
