package dk.rekrut.redaction.extract;

import java.io.IOException;

/**
 * Tells a PDFBox stream engine's operator hook whether an operator comes from the content stream or from PDFBox itself:
 * PDFBox carries out some operators by calling others (' is T* then Tj), through the public
 * {@code processOperator(String, List)}; those inner calls must not be written or counted again.
 */
public final class OperatorNesting {

    /** PDFBox's own call, which may throw as the engine does. */
    public interface Call {
        void run() throws IOException;
    }

    private int depth;

    /** Runs PDFBox's call of an operator by name, marked as nested while it lasts. */
    public void inside(Call call) throws IOException {
        depth++;
        try {
            call.run();
        } finally {
            depth--;
        }
    }

    /** True while an operator is carried out on PDFBox's own behalf. */
    public boolean nested() {
        return depth > 0;
    }
}
