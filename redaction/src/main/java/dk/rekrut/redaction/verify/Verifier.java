package dk.rekrut.redaction.verify;

import dk.rekrut.redaction.extract.OperatorNesting;
import dk.rekrut.redaction.extract.FontKeepingCache;
import dk.rekrut.redaction.extract.ParsedFonts;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.detect.KnownValueDetector;
import dk.rekrut.redaction.detect.Literal;
import dk.rekrut.redaction.detect.Propagation;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import dk.rekrut.redaction.Verification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Fails closed: the redacted PDF is loaded again from its bytes, its structure is checked for anything but pages of
 * text (metadata, attachments, scripts, annotations, forms, bookmarks, images, thumbnails), and its text, read back
 * from the pages' content streams, is searched for every known value and every span that was found. The search is
 * deliberately looser than detection where that costs little: digits are compared with all separators removed (so
 * "05/11-1979" is the birth date 5 November 1979 however it is written), e-mails and addresses ignoring case, spaces
 * and punctuation.
 */
public final class Verifier {

    private Verifier() {
    }

    /**
     * The last clean {@link #verifyLayout} on this thread. It checks everything {@link #check} checks and more, so
     * verifying the very same output array with the same spans and known data again (the engine verifies every
     * rendition it releases) returns that result instead of reading the file a second time.
     */
    private static final ThreadLocal<LayoutChecked> LAST_LAYOUT = new ThreadLocal<>();

    private record LayoutChecked(byte[] pdf, KnownPersonalData known, List<Span> spans, Checked checked) {
    }

    static Verification verify(byte[] pdf, KnownPersonalData known, List<Span> spans) {
        return check(pdf, known, spans).verification();
    }

    /**
     * The output as verification read it: the verdict, the text read back, the text findings located in that text,
     * and where each page's text starts in it. {@code text} is null when the output could not be read.
     */
    public record Checked(Verification verification, String text, List<Finding> located, List<Integer> pageStarts) {

        /** The page of the output (1-based) that holds character {@code offset} of {@link #text}. */
        public int pageOf(int offset) {
            int page = 1;
            for (int i = 0; i < pageStarts.size(); i++) {
                if (offset >= pageStarts.get(i)) {
                    page = i + 1;
                }
            }
            return page;
        }
    }

    public static Checked check(byte[] pdf, KnownPersonalData known, List<Span> spans) {
        if (pdf == null || pdf.length == 0) {
            return new Checked(Verification.failed("no output to verify"), null, List.of(), List.of());
        }
        LayoutChecked last = LAST_LAYOUT.get();
        if (last != null) {
            LAST_LAYOUT.remove();
            if (last.pdf() == pdf && last.known() == known && last.spans() == spans) {
                return last.checked();
            }
        }
        String text;
        List<String> findings = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>();
        try (PDDocument doc = FontKeepingCache.keep(Loader.loadPDF(pdf))) {
            structure(doc, findings);
            text = shownText(doc, findings, pageStarts);
        } catch (IOException | RuntimeException e) {
            return new Checked(Verification.failed("the output cannot be read again: " + e.getMessage()), null, List.of(),
                List.of());
        }
        List<Finding> located = locate(text, known == null ? KnownPersonalData.NONE : known, spans);
        for (Finding f : located) {
            if (!findings.contains(f.check())) {
                findings.add(f.check());
            }
        }
        return new Checked(new Verification(findings.isEmpty(), findings), text, List.copyOf(located), List.copyOf(pageStarts));
    }

    /**
     * For the layout-keeping rendition ({@link dk.rekrut.redaction.render.PdfLayoutRendition}), whose pages draw text in any order and glyph by
     * glyph: everything {@link #verify} checks, on the content streams' text and also on the text PDFBox's stripper
     * places on the page (duplicates kept, sorted by position, as a reader copies it), plus a search of each page's
     * decoded content stream bytes for the found values and the known name, as Latin-1 and UTF-16 bytes, and of every
     * other object of the file ({@link ObjectSearch}: what the copied fonts and colour spaces carry). Both texts
     * come from one walk of the content ({@link LayoutReading}); each catches what the other may not (text drawn over
     * other text interleaves when placed; a name drawn out of order only joins when placed; ActualText replaces the
     * glyphs in the placed text), so neither is left out.
     */
    public static Verification verifyLayout(byte[] pdf, KnownPersonalData known, List<Span> spans) {
        return verifyLayout(pdf, known, spans, new ParsedFonts());
    }

    /**
     * As above, reading the output's fonts through {@code fonts}: a font whose objects have the same digest as one
     * parsed before (the input's, whose bytes the rewrite copies) is not parsed again. That is the same as parsing the
     * same bytes again ({@link ParsedFonts}); the output is still loaded and read from its own bytes.
     */
    public static Verification verifyLayout(byte[] pdf, KnownPersonalData known, List<Span> spans, ParsedFonts fonts) {
        if (pdf == null || pdf.length == 0) {
            return Verification.failed("no output to verify");
        }
        KnownPersonalData k = known == null ? KnownPersonalData.NONE : known;
        List<String> findings = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>();
        String shown;
        String text;
        try (PDDocument doc = FontKeepingCache.keep(Loader.loadPDF(pdf), fonts)) {
            structure(doc, findings);
            var reading = new LayoutReading(findings, pageStarts);
            String placed = reading.getText(doc);
            shown = reading.drawn(doc.getNumberOfPages());
            text = shown + "\n\n" + placed;
            Set<String> values = rawValues(k, spans);
            rawContent(doc, values, findings);
            if (ObjectSearch.anyValue(doc, values)) {
                findings.add("a found or known value is in the output's fonts, colour spaces or other objects");
            }
        } catch (IOException | RuntimeException e) {
            return Verification.failed("the output cannot be read again: " + e.getMessage());
        }
        findings.addAll(searchText(text, k, spans));
        var verification = new Verification(findings.isEmpty(), findings);
        if (verification.clean()) {
            LAST_LAYOUT.set(new LayoutChecked(pdf, known, spans, new Checked(verification, shown, List.of(),
                List.copyOf(pageStarts))));
        }
        return verification;
    }

    /**
     * Identifying values as found, the known name, e-mail and address, and each part of a name: four or more
     * characters, and numbers only from six digits (a content stream is full of numbers). Parts of other values are
     * left to the text search: a town of an address may rightly stay elsewhere ("Aarhus Universitet").
     */
    private static Set<String> rawValues(KnownPersonalData k, List<Span> spans) {
        Set<String> values = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (Span s : spans) {
            if (Propagation.IDENTIFYING.contains(s.type()) && s.text() != null) {
                values.add(s.text().strip());
                if (s.type() == SpanType.NAME) {
                    names.add(s.text().strip());
                }
            }
        }
        for (String v : new String[] {k.fullName(), k.email(), k.address()}) {
            if (present(v)) {
                values.add(v.strip());
            }
        }
        for (String name : names) {
            // A row label found with a name ("Father's Name Murugesan") is not a part of it: it stays, and is not looked for.
            for (String part : NOT_LETTER_OR_NUMBER.split(name)) {
                if (!Propagation.isNameLabel(part)) {
                    values.add(part);
                }
            }
        }
        if (present(k.fullName())) {
            values.addAll(List.of(NOT_LETTER_OR_NUMBER.split(k.fullName())));
        }
        values.removeIf(v -> v.length() < 4 || v.chars().noneMatch(Character::isLetter) && v.length() < 6);
        return values;
    }

    /** Page content streams, decoded, searched byte for byte (Latin-1 as a whole word, and UTF-16BE). */
    private static void rawContent(PDDocument doc, Set<String> values, List<String> findings) throws IOException {
        int p = 0;
        for (PDPage page : doc.getPages()) {
            p++;
            String latin;
            try (var in = page.getContents()) {
                latin = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            for (String v : values) {
                if (wholeWord(latin, v) || latin.contains(new String(v.getBytes(java.nio.charset.StandardCharsets.UTF_16BE),
                    java.nio.charset.StandardCharsets.ISO_8859_1))) {
                    findings.add("page " + p + " has a found or known value in its content stream's bytes");
                    break;
                }
            }
        }
    }

    private static boolean wholeWord(String haystack, String v) {
        for (int i = haystack.indexOf(v); i >= 0; i = haystack.indexOf(v, i + 1)) {
            int end = i + v.length();
            if ((i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1)))
                && (end >= haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Anything in the output besides plain pages of text is a finding: the rendition never writes such things. */
    private static void structure(PDDocument doc, List<String> findings) throws IOException {
        COSDictionary info = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
        if (info != null && info.size() > 0) {
            findings.add("output has document information");
        }
        var catalog = doc.getDocumentCatalog().getCOSObject();
        for (COSName k : List.of(COSName.METADATA, COSName.NAMES, COSName.OPEN_ACTION, COSName.AA, COSName.ACRO_FORM,
            COSName.OUTLINES, COSName.STRUCT_TREE_ROOT, COSName.getPDFName("AF"))) {
            if (catalog.containsKey(k)) {
                findings.add("output has " + k.getName());
            }
        }
        if (doc.isEncrypted()) {
            findings.add("output is encrypted");
        }
        int p = 0;
        for (PDPage page : doc.getPages()) {
            p++;
            var d = page.getCOSObject();
            if (d.containsKey(COSName.ANNOTS) || d.containsKey(COSName.getPDFName("Thumb")) || d.containsKey(COSName.AA)) {
                findings.add("page " + p + " has annotations, a thumbnail or actions");
            }
            PDResources res = page.getResources();
            if (res != null) {
                for (COSName name : res.getXObjectNames()) {
                    if (res.getXObject(name) instanceof PDImageXObject) {
                        findings.add("page " + p + " has an image");
                    } else {
                        findings.add("page " + p + " has an embedded object");
                    }
                }
            }
        }
    }

    /**
     * Every string the pages' content streams show, decoded through its font's Unicode map, in the order drawn: a line
     * break at each move to a new line, a space between separate strings on a line. This reads the output bytes as
     * PDFBox's text stripper does (same parser, same font decoding) but without placing each glyph on the page, which
     * was two thirds of the verification's time; the rendition draws each line as one string, top to bottom, so the
     * order is the reading order. Placement can only reorder or re-space text, never add or hide any, so nothing the
     * stripper would find is missed. Fail closed: text that cannot be decoded, or shown without a known font, and inline
     * images (which the rendition never writes) are findings.
     */
    static String shownText(PDDocument doc, List<String> findings) throws IOException {
        return shownText(doc, findings, new ArrayList<>());
    }

    /** As above; {@code pageStarts} receives where each page's text starts. */
    static String shownText(PDDocument doc, List<String> findings, List<Integer> pageStarts) throws IOException {
        var drawn = new DrawnText();
        StringBuilder sb = drawn.text;
        int p = 0;
        for (PDPage page : doc.getPages()) {
            p++;
            pageStarts.add(sb.length());
            PDResources res = page.getResources();
            var parser = new PDFStreamParser(page);
            PDFont font = null;
            List<COSBase> operands = new ArrayList<>();
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    if (token instanceof COSBase b) {
                        operands.add(b);
                    }
                    continue;
                }
                switch (op.getName()) {
                    case OperatorName.SET_FONT_AND_SIZE -> font = !operands.isEmpty()
                        && operands.getFirst() instanceof COSName name && res != null ? res.getFont(name) : null;
                    case OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED, OperatorName.SHOW_TEXT_LINE,
                         OperatorName.SHOW_TEXT_LINE_AND_SPACE -> {
                        drawn.show(op.getName());
                        if (!operands.isEmpty() && !show(operands.getLast(), font, sb)) {
                            findings.add("page " + p + " has text that cannot be read back");
                        }
                    }
                    case OperatorName.NEXT_LINE, OperatorName.MOVE_TEXT, OperatorName.MOVE_TEXT_SET_LEADING,
                         OperatorName.SET_MATRIX, OperatorName.BEGIN_TEXT, OperatorName.END_TEXT -> drawn.move();
                    case OperatorName.BEGIN_INLINE_IMAGE -> findings.add("page " + p + " has an inline image");
                    default -> {
                    }
                }
                operands.clear();
            }
            drawn.endPage();
        }
        return presentationForms(sb.toString());
    }

    /** The text in drawing order with its separators, written alike by {@link #shownText} and {@link LayoutReading}. */
    static final class DrawnText {
        final StringBuilder text = new StringBuilder();
        private boolean lineStarted;

        /** Before a text-showing operator: ' and " start a new line; another string on a line is set off by a space. */
        void show(String operator) {
            if (operator.equals(OperatorName.SHOW_TEXT_LINE) || operator.equals(OperatorName.SHOW_TEXT_LINE_AND_SPACE)) {
                text.append('\n');
            } else if (lineStarted) {
                text.append(' ');
            }
            lineStarted = true;
        }

        /** A move to a new line or a new text object ends the line. */
        void move() {
            if (lineStarted) {
                text.append('\n');
                lineStarted = false;
            }
        }

        /** Each page ends with a line break. */
        void endPage() {
            text.append('\n');
            lineStarted = false;
        }
    }

    /**
     * One walk of the output's content streams with PDFBox's text stripper (duplicates kept, sorted by position: the
     * text as a reader copies it) that also writes down, glyph by glyph as they are drawn, the text {@link #shownText}
     * reads from the same streams: every shown string decoded through its font's Unicode map, a line break at each
     * move to a new line, a space between separate strings on a line and at a gap of more than a fifth of the font
     * size in a TJ array. One parse and one decoding of the fonts instead of two. It fails closed as {@link #shownText}
     * does: text that cannot be decoded or is shown without a font of the page, and inline images, are findings; so is
     * any operator PDFBox could not process.
     */
    static final class LayoutReading extends PDFTextStripper {
        private final List<String> findings;
        private final List<Integer> pageStarts;
        private final DrawnText drawnText = new DrawnText();
        private final StringBuilder drawn = drawnText.text;
        /** Nesting of PDFBox's own calls of processOperator (' is T* then Tj): only the outer operator counts. */
        private final OperatorNesting nesting = new OperatorNesting();
        /** The last Tf named a font of the resources (a show without one cannot be decoded by the page's fonts). */
        private boolean fontKnown;
        /** The current text-showing operator showed a glyph that has no Unicode value or no font. */
        private boolean unreadable;

        LayoutReading(List<String> findings, List<Integer> pageStarts) {
            this.findings = findings;
            this.pageStarts = pageStarts;
            setSuppressDuplicateOverlappingText(false);
            setSortByPosition(true);
            setLineSeparator("\n");
        }

        /** The drawn text of all {@code pages} (a page without content has an empty line), as {@link #shownText}. */
        String drawn(int pages) {
            catchUp(pages);
            return presentationForms(drawn.toString());
        }

        /** Pages the stripper skips (no content stream) still get their start and their line. */
        private void catchUp(int pages) {
            while (pageStarts.size() < pages) {
                pageStarts.add(drawn.length());
                drawn.append('\n');
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            catchUp(getCurrentPageNo() - 1);
            pageStarts.add(drawn.length());
            fontKnown = false;
            super.startPage(page);
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            drawnText.endPage();
            super.endPage(page);
        }

        @Override
        public void processOperator(String operation, List<COSBase> arguments) throws IOException {
            nesting.inside(() -> super.processOperator(operation, arguments));
        }

        @Override
        protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
            if (nesting.nested()) {
                super.processOperator(op, operands);
                return;
            }
            switch (op.getName()) {
                case OperatorName.SET_FONT_AND_SIZE -> {
                    PDResources res = getResources();
                    fontKnown = !operands.isEmpty() && operands.getFirst() instanceof COSName name && res != null
                        && res.getFont(name) != null;
                    super.processOperator(op, operands);
                }
                case OperatorName.SHOW_TEXT, OperatorName.SHOW_TEXT_ADJUSTED, OperatorName.SHOW_TEXT_LINE,
                     OperatorName.SHOW_TEXT_LINE_AND_SPACE -> {
                    drawnText.show(op.getName());
                    unreadable = false;
                    super.processOperator(op, operands);
                    if (unreadable) {
                        findings.add("page " + getCurrentPageNo() + " has text that cannot be read back");
                    }
                }
                case OperatorName.NEXT_LINE, OperatorName.MOVE_TEXT, OperatorName.MOVE_TEXT_SET_LEADING,
                     OperatorName.SET_MATRIX, OperatorName.BEGIN_TEXT, OperatorName.END_TEXT -> {
                    drawnText.move();
                    super.processOperator(op, operands);
                }
                case OperatorName.BEGIN_INLINE_IMAGE -> {
                    findings.add("page " + getCurrentPageNo() + " has an inline image");
                    super.processOperator(op, operands);
                }
                default -> super.processOperator(op, operands);
            }
        }

        /** Each element by PDFBox's own code, so a wide gap between strings can be written as a space in between. */
        @Override
        public void showTextStrings(COSArray array) throws IOException {
            for (COSBase item : array) {
                if (item instanceof COSNumber n && n.floatValue() < -200) {
                    drawn.append(' ');
                }
                var one = new COSArray();
                one.add(item);
                super.showTextStrings(one);
            }
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            String unicode = fontKnown && font != null ? font.toUnicode(code) : null;
            if (unicode == null) {
                unreadable = true;
                if (fontKnown) {
                    drawn.append('\uFFFD');
                }
            } else {
                drawn.append(unicode);
            }
            super.showGlyph(trm, font, code, displacement);
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            // The rendition never writes content PDFBox cannot process: whatever it is, the output is not proven clean.
            findings.add("page " + getCurrentPageNo() + " has content that cannot be read (" + operator.getName() + ")");
            super.operatorException(operator, operands, e);
        }
    }

    /** Decodes a string operand (or a TJ array's strings); false if any of it has no Unicode or no font. */
    private static boolean show(COSBase operand, PDFont font, StringBuilder sb) throws IOException {
        if (operand instanceof COSArray array) {
            boolean ok = true;
            for (COSBase item : array) {
                if (item instanceof COSString) {
                    ok &= show(item, font, sb);
                } else if (item instanceof COSNumber n && n.floatValue() < -200) {
                    // A gap of more than a fifth of the font size inside a TJ array is a space between words.
                    sb.append(' ');
                }
            }
            return ok;
        }
        if (!(operand instanceof COSString string)) {
            return true;
        }
        if (font == null) {
            return string.getBytes().length == 0;
        }
        var in = new ByteArrayInputStream(string.getBytes());
        boolean ok = true;
        while (in.available() > 0) {
            String unicode = font.toUnicode(font.readCode(in));
            if (unicode == null) {
                sb.append('\uFFFD');
                ok = false;
            } else {
                sb.append(unicode);
            }
        }
        return ok;
    }

    /** Ligatures and Arabic presentation forms as letters, as PDFBox's text stripper gives them. */
    private static String presentationForms(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (0xFB00 <= c && c <= 0xFDFF || 0xFE70 <= c && c <= 0xFEFF) {
                var sb = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char d = s.charAt(j);
                    if (0xFB00 <= d && d <= 0xFDFF || 0xFE70 <= d && d <= 0xFEFF) {
                        sb.append(Normalizer.normalize(String.valueOf(d), Normalizer.Form.NFKC));
                    } else {
                        sb.append(d);
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    /** The text search alone, so it can be tested without a PDF. Findings name the kind of value, not the value. */
    static List<String> searchText(String text, KnownPersonalData known, List<Span> spans) {
        Set<String> out = new LinkedHashSet<>();
        for (Finding f : locate(text, known, spans)) {
            out.add(f.check());
        }
        return List.copyOf(out);
    }

    /**
     * The text search with where each finding stands in {@code text}, so the engine can redact what verification would
     * flag before it verifies (see {@link dk.rekrut.redaction.RedactionEngine}). The same checks as always: the known-value detector; known
     * values ignoring case, spaces and punctuation; known numbers ignoring separators; every identifying span found.
     */
    public static List<Finding> locate(String text, KnownPersonalData known, List<Span> spans) {
        List<Finding> findings = new ArrayList<>();
        for (Span s : new KnownValueDetector().detect(text, known)) {
            findings.add(new Finding(s.start(), s.end(), s.type(), true, "known value left (" + s.reason() + ")"));
        }
        Squashed squashed = Squashed.of(text);
        List<Run> digitRuns = locatedDigitRuns(text);
        squashedKnown(known).forEach((v, type) -> squashed.find(v, (a, b) -> findings.add(
            new Finding(a, b, type, true, "known value left (ignoring case, spaces and punctuation)"))));
        digitsKnown(known).forEach((d, type) -> {
            for (Run r : digitRuns) {
                r.find(d, (a, b) -> findings.add(
                    new Finding(a, b, type, true, "known number left (phone, CPR or birth date, ignoring separators)")));
            }
        });
        // Each span's pattern is compiled and run only where it could match (its first word occurs) and once per value:
        // a value is usually found many times, and the redacted output rarely holds its first word.
        String folded = fold(text);
        Set<String> searched = new java.util.HashSet<>();
        for (Span s : spans) {
            if (!Propagation.IDENTIFYING.contains(s.type()) || s.text() == null) {
                continue;
            }
            boolean own = s.origin() == Span.Origin.KNOWN;
            String check = "found " + s.type() + " left (" + s.reason() + ")";
            switch (s.type()) {
                case NAME -> {
                    String v = Propagation.withoutGenitive(s.text().strip());
                    if (searched.add("NAME " + v) && (text.contains(firstPiece(v))
                        || text.contains(firstPiece(v.toUpperCase(Locale.ROOT))))) {
                        var m = Propagation.matcher(SpanType.NAME, v).matcher(text);
                        while (m.find()) {
                            findings.add(new Finding(m.start(), m.end(), s.type(), own, check));
                        }
                    }
                }
                case PHONE, CPR -> {
                    String d = Propagation.asciiDigits(s.text());
                    if (d.length() >= 8 && searched.add(s.type() + " " + d)) {
                        for (Run r : digitRuns) {
                            r.find(d, (a, b) -> findings.add(new Finding(a, b, s.type(), own, check)));
                        }
                    }
                }
                default -> {
                    String v = s.text().strip();
                    if (!searched.add(s.type() + " " + v)) {
                        continue;
                    }
                    String sq = squash(v);
                    if (sq.length() >= 6) {
                        squashed.find(sq, (a, b) -> findings.add(new Finding(a, b, s.type(), own, check)));
                    }
                    if (folded.contains(fold(firstPiece(v)))) {
                        var m = Propagation.matcher(s.type(), v).matcher(text);
                        while (m.find()) {
                            findings.add(new Finding(m.start(), m.end(), s.type(), own, check));
                        }
                    }
                }
            }
        }
        return findings;
    }

    /**
     * A piece of personal data the verifier found in a text: where ({@code start}, {@code end}), what kind, whether it
     * is one of the applicant's own values, and which check found it ({@code check} names the kind, never the value).
     */
    public record Finding(int start, int end, SpanType type, boolean known, String check) {
    }

    /** Receives where a finding starts and ends in the searched text. */
    @FunctionalInterface
    public interface Located {
        void found(int start, int end);
    }

    /** A text squashed as {@link #squash} does, with the offset in the original each of its characters came from. */
    public record Squashed(String original, String text, int[] from) {

        public static Squashed of(String s) {
            var sb = new StringBuilder(s.length());
            int[] from = new int[s.length() + 8];
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                // ASCII needs no normalisation: keep letters and digits, lower case (the common, fast path).
                String part = cp < 0x80 ? ascii(cp) : squash(s.substring(i, i + n));
                for (int k = 0; k < part.length(); k++) {
                    if (sb.length() >= from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                    }
                    from[sb.length()] = i;
                    sb.append(part.charAt(k));
                }
                i += n;
            }
            return new Squashed(s, sb.toString(), from);
        }

        private static String ascii(int c) {
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf((char) (c + 32));
            }
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? String.valueOf((char) c) : "";
        }

        /** Each occurrence of {@code v} (already squashed), as offsets into the original text. */
        public void find(String v, Located at) {
            if (v.isEmpty()) {
                return;
            }
            for (int k = text.indexOf(v); k >= 0; k = text.indexOf(v, k + 1)) {
                int last = from[k + v.length() - 1];
                at.found(from[k], last + Character.charCount(original.codePointAt(last)));
            }
        }

        boolean contains(String v) {
            return text.contains(v);
        }
    }

    /** A run of digits split by single separators (see {@link #digitRuns}), with the offset of each digit. */
    private record Run(String digits, int[] at) {

        public void find(String d, Located found) {
            for (int k = digits.indexOf(d); k >= 0; k = digits.indexOf(d, k + 1)) {
                found.found(at[k], at[k + d.length() - 1] + 1);
            }
        }
    }

    static Set<String> digitRuns(String text) {
        Set<String> runs = new LinkedHashSet<>();
        for (Run r : locatedDigitRuns(text)) {
            runs.add(r.digits());
        }
        return runs;
    }

    /**
     * Made once: {@code String.split}, {@code replaceAll} and {@code DateTimeFormatter.ofPattern} compiled these for every
     * document the verifier searched (the digits of the birth date's spellings have no letters, so no locale).
     */
    private static final Pattern NOT_LETTER_OR_NUMBER = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern STREET = Pattern.compile("^([\\p{L} .'-]+?)\\s*(\\d+)");
    private static final List<DateTimeFormatter> BIRTH_DIGITS = java.util.stream.Stream.of("ddMMyyyy", "dMyyyy", "ddMMyy", "yyyyMMdd",
        "MMddyyyy", "Mdyyyy").map(DateTimeFormatter::ofPattern).toList();

    /** The known values squashed, with the kind of each; values under six characters would match too much. */
    private static Map<String, SpanType> squashedKnown(KnownPersonalData k) {
        Map<String, SpanType> out = new java.util.LinkedHashMap<>();
        if (present(k.fullName())) {
            String[] parts = Literal.splitSpaces(k.fullName().strip());
            out.put(squash(k.fullName()), SpanType.NAME);
            if (parts.length > 1) {
                out.put(squash(parts[0] + parts[parts.length - 1]), SpanType.NAME);
            }
        }
        if (present(k.email())) {
            out.put(squash(k.email()), SpanType.EMAIL);
            String local = k.email().contains("@") ? k.email().substring(0, k.email().indexOf('@')) : k.email();
            out.putIfAbsent(squash(local), SpanType.EMAIL);
        }
        if (present(k.address())) {
            var street = STREET.matcher(k.address().strip());
            if (street.find()) {
                out.putIfAbsent(squash(street.group(1) + street.group(2)), SpanType.ADDRESS);
            }
        }
        out.keySet().removeIf(v -> v.length() < 6);
        return out;
    }

    /** The known numbers as digits, with the kind of each. */
    private static Map<String, SpanType> digitsKnown(KnownPersonalData k) {
        Map<String, SpanType> out = new java.util.LinkedHashMap<>();
        if (present(k.phone())) {
            String d = Propagation.asciiDigits(k.phone());
            out.put(d.length() > 8 ? d.substring(d.length() - 8) : d, SpanType.PHONE);
        }
        if (present(k.cpr())) {
            out.putIfAbsent(Propagation.asciiDigits(k.cpr()), SpanType.CPR);
        }
        LocalDate b = k.birthDate();
        if (b != null) {
            for (DateTimeFormatter f : BIRTH_DIGITS) {
                out.putIfAbsent(b.format(f), SpanType.BIRTH_DATE);
            }
        }
        out.keySet().removeIf(v -> v.length() < 6);
        return out;
    }

    /**
     * Each run of digits that may be split by single separators (space, '.', '/', '-'), as the pattern
     * \\d(?:[\\s./-]?\\d)* would find them, without a regular expression.
     */
    private static List<Run> locatedDigitRuns(String text) {
        List<Run> runs = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            var run = new StringBuilder().append(text.charAt(i));
            var at = new ArrayList<Integer>();
            at.add(i);
            int j = i + 1;
            while (true) {
                if (j < n && digit(text.charAt(j))) {
                    run.append(text.charAt(j));
                    at.add(j);
                    j++;
                } else if (j + 1 < n && separator(text.charAt(j)) && digit(text.charAt(j + 1))) {
                    run.append(text.charAt(j + 1));
                    at.add(j + 1);
                    j += 2;
                } else {
                    break;
                }
            }
            runs.add(new Run(run.toString(), at.stream().mapToInt(Integer::intValue).toArray()));
            i = j;
        }
        return runs;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** \\s (space, tab, line breaks, vertical tab, form feed) and '.', '/', '-'. */
    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '.' || c == '/'
            || c == '-';
    }

    /** NFKC, lower case, letters and numbers only (what [^\\p{L}\\p{N}] would leave), without a regular expression. */
    public static String squash(String s) {
        String lower = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        var sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            switch (Character.getType(cp)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                     Character.LETTER_NUMBER, Character.OTHER_NUMBER -> sb.appendCodePoint(cp);
                default -> {
                }
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The first of the pieces {@link KnownValueDetector#flexibleSpaces} quotes: a match of the pattern contains it. */
    private static String firstPiece(String value) {
        return Literal.splitSpaces(value)[0];
    }

    /**
     * Case folded as a case-insensitive Unicode pattern compares characters (upper, then lower case, per code point),
     * so a text that matches such a pattern contains the pattern's folded literals.
     */
    private static String fold(String s) {
        var sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
