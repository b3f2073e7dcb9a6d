package dk.rekrut.redaction;

import java.util.List;

/**
 * A further source of spans, for an operator who wants to add one, e.g. an ONNX named-entity model for Danish
 * (ScandiNER, DaCy) loaded from local files. Its spans are merged with the built-in detectors' and propagated like
 * them; it can add findings but never remove any, so a weak model cannot make the engine leak more.
 */
@FunctionalInterface
public interface SpanSource {

    List<Span> find(String text, String language);
}
