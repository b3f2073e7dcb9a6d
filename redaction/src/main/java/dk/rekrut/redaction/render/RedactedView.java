package dk.rekrut.redaction.render;

import dk.rekrut.redaction.Span;
import java.util.List;

/**
 * A text with its spans replaced by their labels, as a rendition shows it, and the way back: for each character of
 * the redacted text, the range of the original it stands for (a label stands for its whole span). The verifier's
 * checks run on {@link #text()}; their findings are mapped back with {@link #originalStart} and {@link #originalEnd}.
 */
public final class RedactedView {

    private final String text;
    private final int[] from;
    private final int[] to;

    private RedactedView(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    /** As {@link dk.rekrut.redaction.detect.Detector#redact}: spans in order; one starting inside the previous one is skipped. */
    public static RedactedView of(String original, List<Span> spans) {
        var sb = new StringBuilder(original.length());
        int[] from = new int[original.length() + 16];
        int[] to = new int[original.length() + 16];
        int at = 0;
        for (Span s : spans) {
            if (s.start() < at) {
                continue;
            }
            for (int i = at; i < s.start(); i++) {
                from = room(from, sb.length());
                to = room(to, sb.length());
                from[sb.length()] = i;
                to[sb.length()] = i + 1;
                sb.append(original.charAt(i));
            }
            String label = s.type().label();
            for (int k = 0; k < label.length(); k++) {
                from = room(from, sb.length());
                to = room(to, sb.length());
                from[sb.length()] = s.start();
                to[sb.length()] = s.end();
                sb.append(label.charAt(k));
            }
            at = s.end();
        }
        for (int i = at; i < original.length(); i++) {
            from = room(from, sb.length());
            to = room(to, sb.length());
            from[sb.length()] = i;
            to[sb.length()] = i + 1;
            sb.append(original.charAt(i));
        }
        return new RedactedView(sb.toString(), from, to);
    }

    private static int[] room(int[] a, int index) {
        return index < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

    public String text() {
        return text;
    }

    /** Where in the original the redacted text's character {@code start} begins. */
    public int originalStart(int start) {
        return from[start];
    }

    /** Where in the original the redacted text's range ending at {@code end} (exclusive) ends. */
    public int originalEnd(int end) {
        return to[end - 1];
    }
}
