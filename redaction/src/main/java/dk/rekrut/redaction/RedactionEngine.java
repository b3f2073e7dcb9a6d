package dk.rekrut.redaction;

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
 * and no found span and nothing but pages of text; otherwise it is WITHHELD without output, NEEDS_REVIEW (verified
 * clean but something could not be judged, e.g. a scanned page) or FAILED (the input could not be read).
 * Instances are thread-safe and meant to be shared: loading the gazetteers takes a moment.
 */
public final class RedactionEngine {

    private final Detector detector;
    /** Texts a reviewer confirmed as false positives, lower case; see {@link #keeping}. */
    private final Set<String> kept;

    public RedactionEngine() {
        this(new Detector());
    }

    public RedactionEngine(Detector detector) {
        this(detector, Set.of());
    }

    private RedactionEngine(Detector detector, Set<String> kept) {
        this.detector = detector;
        this.kept = kept;
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
        return new RedactionEngine(detector, Set.copyOf(k));
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
        return spans.stream().filter(s -> s.text() == null || (s.reason() != null && s.reason().contains("known:"))
            || !kept.contains(s.text().strip().toLowerCase(Locale.ROOT))).toList();
    }

    public RedactionResult redact(byte[] document, String mediaType, KnownPersonalData known) {
        return redact(document, mediaType, null, known);
    }

    public RedactionResult redact(byte[] document, String mediaType, String language, KnownPersonalData known) {
        if (document == null || document.length == 0) {
            return RedactionResult.failed(String.valueOf(mediaType), "the document is empty");
        }
        if (document.length > Limits.MAX_INPUT_BYTES) {
            return RedactionResult.failed(String.valueOf(mediaType),
                "the document is larger than " + Limits.MAX_INPUT_BYTES / (1024 * 1024) + " MB");
        }
        Extraction extraction;
        try {
            extraction = extract(document, mediaType);
        } catch (DocumentException e) {
            return RedactionResult.failed(String.valueOf(mediaType), e.kind() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A parser that breaks on hostile input must never take the caller down or let the document through.
            return RedactionResult.failed(String.valueOf(mediaType), "CORRUPT: the document could not be read (" + e + ")");
        }
        return redact(extraction, language, known == null ? KnownPersonalData.NONE : known);
    }

    private RedactionResult redact(Extraction extraction, String language, KnownPersonalData known) {
        String text = extraction.text();
        String lang = language == null ? Language.guess(text) : language;
        List<Span> spans = withoutKept(detector.detectWithText(text, lang, known, extraction.offsets()));
        List<String> flags = new ArrayList<>(extraction.flags());
        if (text.isBlank()) {
            flags.add("the document has no text that can be read");
        }
        PdfRendition.Rendered rendered;
        try {
            rendered = PdfRendition.render(sections(extraction, spans));
        } catch (IOException | RuntimeException e) {
            return new RedactionResult(RedactionStatus.FAILED, null, text, spans, report(extraction, spans, flags),
                Verification.failed("no rendition"), "the redacted rendition could not be written: " + e.getMessage());
        }
        if (rendered.unrenderable() > 0) {
            flags.add(rendered.unrenderable() + " characters could not be drawn and were replaced by '?'");
        }
        Verification verification = Verifier.verify(rendered.pdf(), known, spans);
        RedactionReport report = report(extraction, spans, flags);
        if (!verification.clean()) {
            return new RedactionResult(RedactionStatus.WITHHELD, null, text, spans, report, verification,
                "verification found personal data in the redacted output; the document is withheld");
        }
        RedactionStatus status = flags.isEmpty() ? RedactionStatus.CLEAN : RedactionStatus.NEEDS_REVIEW;
        return new RedactionResult(status, rendered.pdf(), text, spans, report, verification, null);
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
        try {
            Extraction extraction = extract(document, mediaType);
            String text = extraction.text();
            KnownPersonalData k = known == null ? KnownPersonalData.NONE : known;
            return java.util.Optional.of(new Findings(text, withoutKept(detector.detectWithText(text, Language.guess(text), k,
                extraction.offsets()))));
        } catch (DocumentException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return java.util.Optional.empty();
        }
    }

    static Extraction extract(byte[] document, String mediaType) throws DocumentException {
        return switch (Format.sniff(document, mediaType)) {
            case PDF -> PdfExtractor.extract(document);
            case DOCX -> DocxExtractor.extract(document);
            case ODT -> OdtExtractor.extract(document);
            case RTF -> RtfExtractor.extract(document);
            case HTML -> HtmlExtractor.extract(document);
            case TXT -> TextExtractor.extract(document);
        };
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
                    local.add(new Span(a - from, b - from, s.type(), null, s.confidence(), s.reason()));
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
            default -> location;
        };
    }

    private static RedactionReport report(Extraction extraction, List<Span> spans, List<String> flags) {
        List<Removal> removals = new ArrayList<>();
        for (Span s : spans) {
            removals.add(new Removal(s.type(), extraction.locationOf(s.start()), s.start(), s.end(), s.confidence(), s.reason()));
        }
        return new RedactionReport(extraction.format(), removals, extraction.images(), extraction.partsDropped(), flags);
    }
}
