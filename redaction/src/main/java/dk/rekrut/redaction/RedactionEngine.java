package dk.rekrut.redaction;

import dk.rekrut.redaction.detect.Detector;
import dk.rekrut.redaction.extract.Extraction;
import dk.rekrut.redaction.render.PdfLayoutRendition;
import dk.rekrut.redaction.render.PdfRendition;
import dk.rekrut.redaction.render.RedactedView;
import dk.rekrut.redaction.verify.Verifier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The engine's front door, for Rekrut and for any other system:
 * <ul>
 *   <li>{@link #detect(String, String, KnownPersonalData)}: spans of personal data in a text;</li>
 *   <li>{@link #redact(byte[], String, KnownPersonalData)}: a document (PDF, DOCX, ODT, RTF, HTML or text) becomes a
 *   new PDF made only of its redacted text, with a report and a verification.</li>
 * </ul>
 * Fail closed: the output is released (status CLEAN) only when an independent re-reading of it finds no known value
 * and no found span and nothing but pages of text. What that re-reading would find is redacted first, in a loop of at
 * most {@link #MAX_ROUNDS} (see {@link #redact(Extraction, String, KnownPersonalData)}); a document still not clean
 * after it is WITHHELD without output, with the reasons; NEEDS_REVIEW means verified clean but something could not
 * be judged (e.g. a scanned page); FAILED, the input could not be read.
 * Instances are thread-safe and meant to be shared: loading the gazetteers takes a moment.
 */
public final class RedactionEngine {

    /**
     * How many times a document is rendered and verified at most. Each round redacts what the previous verification
     * traced back to the original; a document still not clean after the last round is withheld.
     */
    static final int MAX_ROUNDS = 3;

    /** The render step: the extraction with the spans removed, as a new PDF. One call, repeated by the loop. */
    @FunctionalInterface
    interface Renderer {
        PdfRendition.Rendered render(Extraction extraction, List<Span> spans, KnownPersonalData known) throws IOException;
    }

    private final Detector detector;
    private final Renderer renderer;
    /** Texts a reviewer confirmed as false positives, lower case; see {@link #keeping}. */
    private final Set<String> kept;

    public RedactionEngine() {
        this(new Detector());
    }

    public RedactionEngine(Detector detector) {
        this(detector, RedactionEngine::render, Set.of());
    }

    /** With another render step (tests: a renderer that fails to remove what it is given). */
    RedactionEngine(Detector detector, Renderer renderer) {
        this(detector, renderer, Set.of());
    }

    private RedactionEngine(Detector detector, Renderer renderer, Set<String> kept) {
        this.detector = detector;
        this.renderer = renderer;
        this.kept = kept;
    }

    /**
     * The same engine with further sources of spans (e.g. values a reviewer added for one applicant), sharing the loaded
     * detectors: nothing is read again.
     */
    public RedactionEngine with(SpanSource... sources) {
        return sources.length == 0 ? this : new RedactionEngine(detector.with(List.of(sources)), renderer, kept);
    }

    /**
     * The same engine, leaving these texts alone where they were found: false positives a reviewer has confirmed
     * (e.g. a product that is also a surname). Case is ignored. Fail closed: a span that is, or was propagated from,
     * one of the applicant's known values is never left alone, and the verifier still checks every known value.
     */
    public RedactionEngine keeping(Collection<String> texts) {
        Set<String> k = new HashSet<>(kept);
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                k.add(t.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new RedactionEngine(detector, renderer, Set.copyOf(k));
    }

    /** Spans with their text, in order, not overlapping. {@code language} "da", "en" or null (guessed). */
    public List<Span> detect(String text, String language, KnownPersonalData known) {
        String t = text == null ? "" : text;
        return withoutKept(detector.detectWithText(t, language == null ? Language.guess(t) : language, known));
    }

    private List<Span> withoutKept(List<Span> spans) {
        if (kept.isEmpty()) {
            return spans;
        }
        return spans.stream().filter(s -> s.text() == null || s.origin().isGiven()
            || !kept.contains(s.text().strip().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * A short text (a free-text answer) redacted as a document's text is: every detector, then what the verifier's
     * checks would flag ({@link #completed}), then the redacted text searched again. {@code withheld} lists what is
     * still there (a known value that cannot be removed); the text must not be shown when it is not empty.
     */
    public RedactedText redactText(String text, String language, KnownPersonalData known) {
        String t = text == null ? "" : text;
        KnownPersonalData k = known == null ? KnownPersonalData.NONE : known;
        List<Span> spans = completed(t, detect(t, language, k), k);
        String redacted = Detector.redact(t, spans);
        var reasons = new java.util.LinkedHashSet<WithheldReason>();
        for (Verifier.Finding f : Verifier.locate(redacted, k, spans)) {
            reasons.add(WithheldReason.left(f.type(), f.known(), "text", lineOf(redacted, f.start())));
        }
        return new RedactedText(redacted, spans, List.copyOf(reasons));
    }

    /** A redacted short text; see {@link #redactText}. */
    public record RedactedText(String text, List<Span> spans, List<WithheldReason> withheld) {

        public boolean clean() {
            return withheld.isEmpty();
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public RedactionResult redact(byte[] document, String mediaType, KnownPersonalData known) {
        return redact(document, mediaType, null, known);
    }

    public RedactionResult redact(byte[] document, String mediaType, String language, KnownPersonalData known) {
        if (document == null || document.length == 0) {
            return RedactionResult.failed(String.valueOf(mediaType),
                new RedactionFailure(RedactionFailure.Kind.EMPTY, "the document is empty"));
        }
        if (document.length > Limits.MAX_INPUT_BYTES) {
            return RedactionResult.failed(String.valueOf(mediaType), new RedactionFailure(RedactionFailure.Kind.TOO_LARGE,
                "the document is larger than " + Limits.MAX_INPUT_BYTES / (1024 * 1024) + " MB"));
        }
        Extraction extraction;
        try {
            extraction = Extraction.read(document, mediaType);
        } catch (DocumentException e) {
            return RedactionResult.failed(String.valueOf(mediaType), RedactionFailure.of(e));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A parser that breaks on hostile input must never take the caller down or let the document through.
            return RedactionResult.failed(String.valueOf(mediaType),
                new RedactionFailure(RedactionFailure.Kind.CORRUPT, "the document could not be read (" + e + ")"));
        }
        try (extraction) {
            return redact(extraction, language, known == null ? KnownPersonalData.NONE : known);
        }
    }

    /**
     * Detection, then a loop of at most {@link #MAX_ROUNDS}: what the verifier's text checks would flag in the redacted
     * text is redacted too ({@link #completed}), the rendition is written and verified independently (the output PDF
     * is read again and searched), and what that verification still finds is traced back to the original and
     * redacted in the next round. Withheld when the output is still not clean after that, with the reasons.
     */
    private RedactionResult redact(Extraction extraction, String language, KnownPersonalData known) {
        String text = extraction.text();
        String lang = language == null ? Language.guess(text) : language;
        List<Span> spans = withoutKept(detector.detectWithText(text, lang, known, extraction.offsets()));
        List<String> flags = new ArrayList<>(extraction.flags());
        if (text.isBlank()) {
            flags.add("the document has no text that can be read");
        }
        PdfRendition.Rendered rendered;
        Verifier.Checked checked;
        for (int round = 1; ; round++) {
            spans = completed(text, spans, known);
            try {
                rendered = renderer.render(extraction, spans, known);
            } catch (IOException | RuntimeException e) {
                return new RedactionResult(RedactionStatus.FAILED, null, text, spans, report(extraction, spans, flags),
                    Verification.failed("no rendition"), new RedactionFailure(RedactionFailure.Kind.RENDITION,
                    "the redacted rendition could not be written: " + e.getMessage()), List.of());
            }
            checked = Verifier.check(rendered.pdf(), known, spans);
            if (checked.verification().clean() || round == MAX_ROUNDS) {
                break;
            }
            List<Span> traced = traced(text, spans, checked);
            if (traced.isEmpty()) {
                break;
            }
            spans = withText(text, Detector.merge(concat(spans, traced)));
        }
        if (rendered.unrenderable() > 0) {
            flags.add(rendered.unrenderable() + " characters could not be drawn and were replaced by '?'");
        }
        Verification verification = checked.verification();
        RedactionReport report = report(extraction, spans, flags, rendered);
        if (!verification.clean()) {
            return new RedactionResult(RedactionStatus.WITHHELD, null, text, spans, report, verification, null,
                reasons(extraction, checked));
        }
        RedactionStatus status = flags.isEmpty() ? RedactionStatus.CLEAN : RedactionStatus.NEEDS_REVIEW;
        return new RedactionResult(status, rendered.pdf(), text, spans, report, verification, null, List.of());
    }

    /**
     * The render step: a PDF keeps its own pages when that can be proven clean (the glyphs of the spans removed,
     * see {@link PdfLayoutRendition}); otherwise, and for other formats, a new PDF made of the redacted text.
     */
    private static PdfRendition.Rendered render(Extraction extraction, List<Span> spans, KnownPersonalData known)
        throws IOException {
        PdfLayoutRendition.Outcome layout = PdfLayoutRendition.render(extraction, spans, known);
        if (layout.pdf() != null) {
            return new PdfRendition.Rendered(layout.pdf(), 0, true, null);
        }
        PdfRendition.Rendered text = PdfRendition.render(sections(extraction, spans));
        return new PdfRendition.Rendered(text.pdf(), text.unrenderable(), false, layout.fallback());
    }

    /**
     * The spans, completed with what the verifier's text checks find in the text redacted by them: a known value
     * written in a way detection missed (`ali . khan @ example . com`, `14 07 90`), or a found value where
     * propagation did not reach. Each finding becomes a span of the whole words it touches, reason
     * "verification: ...". Repeated until the checks find nothing, at most {@link #MAX_ROUNDS} times.
     */
    static List<Span> completed(String text, List<Span> spans, KnownPersonalData known) {
        List<Span> out = spans;
        for (int i = 0; i < MAX_ROUNDS; i++) {
            RedactedView view = RedactedView.of(text, out);
            List<Span> more = new ArrayList<>();
            for (Verifier.Finding f : Verifier.locate(view.text(), known, out)) {
                int a = view.originalStart(f.start());
                int b = view.originalEnd(f.end());
                addUncovered(text, out, more, a, b, f);
            }
            if (more.isEmpty()) {
                return out;
            }
            out = withText(text, Detector.merge(concat(out, more)));
        }
        return out;
    }

    /**
     * What the verification of the output found, traced back to the original by its letters and digits (the output's
     * layout differs from the extracted text): each place in the original not yet redacted becomes a span.
     */
    private static List<Span> traced(String text, List<Span> spans, Verifier.Checked checked) {
        List<Span> more = new ArrayList<>();
        if (checked.text() == null) {
            return more;
        }
        var original = Verifier.Squashed.of(text);
        for (Verifier.Finding f : checked.located()) {
            String key = Verifier.squash(checked.text().substring(f.start(), f.end()));
            if (key.length() >= MIN_TRACE) {
                original.find(key, (a, b) -> addUncovered(text, spans, more, a, b, f));
            }
        }
        return more;
    }

    /** Shorter pieces of an output finding are not traced back: they would match inside too many other words. */
    private static final int MIN_TRACE = 4;

    private static void addUncovered(String text, List<Span> spans, List<Span> more, int a, int b, Verifier.Finding f) {
        // Whole words: a piece of a word left standing next to a label can still identify.
        while (a > 0 && Character.isLetterOrDigit(text.charAt(a - 1))) {
            a--;
        }
        while (b < text.length() && Character.isLetterOrDigit(text.charAt(b))) {
            b++;
        }
        if (a < b && !covered(spans, a, b) && !covered(more, a, b)) {
            more.add(new Span(a, b, f.type(), text.substring(a, b), 1.0, "verification: " + f.check()));
        }
    }

    private static boolean covered(List<Span> spans, int a, int b) {
        for (Span s : spans) {
            if (s.start() <= a && b <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Merged spans lose their text; the verifier searches the output for each span's text, so it is filled in again. */
    private static List<Span> withText(String text, List<Span> spans) {
        return spans.stream()
            .map(s -> new Span(s.start(), s.end(), s.type(), text.substring(s.start(), s.end()), s.confidence(), s.reason(), s.origin()))
            .toList();
    }

    /**
     * Why the last verification failed, for a person: each kind of data left with the first place in the original
     * where it stands (traced by its letters and digits), or the output's page when it cannot be traced; a rendition
     * that could not be read or that holds more than text is the renderer's fault and says so.
     */
    private static List<WithheldReason> reasons(Extraction extraction, Verifier.Checked checked) {
        var out = new java.util.LinkedHashSet<WithheldReason>();
        if (checked.text() == null) {
            out.add(WithheldReason.of(WithheldReason.Cause.OUTPUT_UNREADABLE));
            return List.copyOf(out);
        }
        String text = extraction.text();
        var original = Verifier.Squashed.of(text);
        var checks = new java.util.HashSet<String>();
        for (Verifier.Finding f : checked.located()) {
            checks.add(f.check());
            String key = Verifier.squash(checked.text().substring(f.start(), f.end()));
            int[] first = {-1};
            if (key.length() >= MIN_TRACE) {
                original.find(key, (a, b) -> {
                    if (first[0] < 0) {
                        first[0] = a;
                    }
                });
            }
            if (first[0] >= 0) {
                out.add(WithheldReason.left(f.type(), f.known(), extraction.locationOf(first[0]), extraction.lineOf(first[0])));
            } else {
                out.add(WithheldReason.left(f.type(), f.known(), WithheldReason.Place.outputPage(checked.pageOf(f.start())), 0));
            }
        }
        if (checked.verification().findings().stream().anyMatch(s -> !checks.contains(s))) {
            out.add(WithheldReason.of(WithheldReason.Cause.OUTPUT_STRUCTURE));
        }
        return List.copyOf(out);
    }

    /** A document's extracted text and the spans found in it: what {@link #redact} would remove. */
    public record Findings(String text, List<Span> spans) {
    }

    /**
     * What {@link #redact} finds in a document, without writing or verifying a rendition: for a reviewer who wants to
     * see the findings again. Empty when the document cannot be read (then {@link #redact} fails too).
     */
    public java.util.Optional<Findings> findings(byte[] document, String mediaType, KnownPersonalData known) {
        if (document == null || document.length == 0 || document.length > Limits.MAX_INPUT_BYTES) {
            return java.util.Optional.empty();
        }
        try (Extraction extraction = Extraction.read(document, mediaType)) {
            String text = extraction.text();
            KnownPersonalData k = known == null ? KnownPersonalData.NONE : known;
            return java.util.Optional.of(new Findings(text, completed(text, withoutKept(detector.detectWithText(text,
                Language.guess(text), k, extraction.offsets())), k)));
        } catch (DocumentException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return java.util.Optional.empty();
        }
    }


    /** Each block's text with the spans inside it replaced by labels; a span crossing blocks is cut at the border. */
    static List<PdfRendition.Section> sections(Extraction extraction, List<Span> spans) {
        int[] starts = extraction.offsets();
        List<PdfRendition.Section> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            var block = extraction.blocks().get(i);
            int from = starts[i];
            int to = from + block.text().length();
            List<Span> local = new ArrayList<>();
            for (Span s : spans) {
                int a = Math.max(s.start(), from);
                int b = Math.min(s.end(), to);
                if (a < b) {
                    local.add(new Span(a - from, b - from, s.type(), null, s.confidence(), s.reason(), s.origin()));
                }
            }
            out.add(new PdfRendition.Section(heading(block.location(), extraction.blocks().size()),
                Detector.redact(block.text(), local)));
        }
        return out;
    }

    /** Danish headings for the parts of a document; a document of one body block has none. */
    private static String heading(String location, int blocks) {
        if (location.equals("body") || location.equals("text")) {
            return blocks == 1 ? null : "Brødtekst";
        }
        if (location.startsWith("page ")) {
            return "Side " + location.substring(5);
        }
        return switch (location) {
            case "header" -> "Sidehoved";
            case "footer" -> "Sidefod";
            case "header and footer" -> "Sidehoved og sidefod";
            case "footnotes" -> "Fodnoter";
            case "endnotes" -> "Slutnoter";
            case "comments" -> "Kommentarer";
            case "form fields" -> "Formularfelter";
            case "charts/chart" -> "Diagrammer";
            case "diagrams/data", "diagrams/drawing" -> "SmartArt";
            case "glossary/document" -> "Byggeblokke";
            // Never the location itself: the rendition holds nothing the detectors have not read.
            default -> "Andet indhold";
        };
    }

    private static RedactionReport report(Extraction extraction, List<Span> spans, List<String> flags) {
        return report(extraction, spans, flags, new PdfRendition.Rendered(null, 0));
    }

    private static RedactionReport report(Extraction extraction, List<Span> spans, List<String> flags,
                                          PdfRendition.Rendered rendered) {
        List<Removal> removals = new ArrayList<>();
        for (Span s : spans) {
            removals.add(new Removal(s.type(), extraction.locationOf(s.start()), s.start(), s.end(), s.confidence(), s.reason()));
        }
        return new RedactionReport(extraction.format(), removals, extraction.images(), extraction.partsDropped(), flags,
            rendered.layoutKept(), rendered.textRenditionReason());
    }
}
