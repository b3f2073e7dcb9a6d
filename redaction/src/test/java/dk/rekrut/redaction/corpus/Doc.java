package dk.rekrut.redaction.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated application before it is written in some format: blocks of text (headings, paragraphs, key/value rows,
 * bullets), an optional page header and footer, an optional photo, and the labels of every piece of personal data that
 * was written into it. Labels are values, not offsets, because each format is extracted differently; the evaluation
 * finds every occurrence of each value in the extracted text.
 */
final class Doc {

    enum Kind { HEADING, PARAGRAPH, ROW, BULLET, SIDEBAR }

    record Block(Kind kind, String key, String text) {
    }

    /** {@code group}: "known" (the applicant's own form data, as written here) or "other"; {@code origin} for names. */
    record Label(String type, String group, String origin, Boolean inGazetteer, String text) {
    }

    final String id;
    final String language;
    final String kind;
    final List<Block> blocks = new ArrayList<>();
    final Map<String, Label> labels = new LinkedHashMap<>();
    String header;
    String footer;
    boolean photo;
    String note;

    Doc(String id, String language, String kind) {
        this.id = id;
        this.language = language;
        this.kind = kind;
    }

    void add(Kind kind, String text) {
        blocks.add(new Block(kind, null, text));
    }

    void row(String key, String value) {
        blocks.add(new Block(Kind.ROW, key, value));
    }

    void label(Label l) {
        labels.putIfAbsent(l.type() + "\u0000" + l.text(), l);
    }

    /** All text in reading order, for formats without layout. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(switch (b.kind()) {
                case ROW -> b.key() + ": " + b.text();
                case BULLET -> "• " + b.text();
                default -> b.text();
            });
        }
        return out;
    }
}
