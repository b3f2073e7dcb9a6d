package dk.rekrut.redaction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Redacts a plain-text document into a clean PDF rendition and verifies it, failing closed: the output's text is
 * extracted again, independently of the detection, and searched for every known value and every detected span
 * (ignoring case, spacing and punctuation). Any hit withholds the document.
 */
public final class TextDocumentRedactor {

    /** The outcome. {@code pdf} is null when the document is withheld. */
    public record Result(byte[] pdf, List<Span> spans, boolean released, List<String> leftovers) {
    }

    private final Detector detector;

    public TextDocumentRedactor(Detector detector) {
        this.detector = detector;
    }

    public Result redact(String text, String language, KnownPersonalData known) {
        var spans = detector.detectWithText(text, language, known);
        String redacted = Detector.redact(text, spans);
        byte[] pdf = render(redacted);
        var leftovers = verify(extract(pdf), known, spans);
        return new Result(leftovers.isEmpty() ? pdf : null, spans, leftovers.isEmpty(), leftovers);
    }

    /** What of the known values and the found spans is still in the text, compared without case, spaces and punctuation. */
    static List<String> verify(String output, KnownPersonalData known, List<Span> spans) {
        String hay = squash(output);
        var leftovers = new ArrayList<String>();
        var needles = new ArrayList<String>();
        if (known != null) {
            for (String v : new String[] {known.fullName(), known.email(), known.phone(), known.address(), known.cpr()}) {
                if (v != null && !v.isBlank()) {
                    needles.add(v);
                }
            }
            if (known.fullName() != null) {
                for (String part : known.fullName().split("\\s+")) {
                    if (part.length() >= 3) {
                        needles.add(part);
                    }
                }
            }
            if (known.email() != null && known.email().contains("@")) {
                needles.add(known.email().substring(0, known.email().indexOf('@')));
            }
            if (known.birthDate() != null) {
                needles.addAll(KnownValueDetector.dates(known.birthDate()));
            }
        }
        spans.stream().map(Span::text).filter(t -> t != null && squash(t).length() >= 4).forEach(needles::add);
        for (String n : needles) {
            String s = squash(n);
            if (s.length() >= 3 && hay.contains(s)) {
                leftovers.add(n);
            }
        }
        return leftovers;
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A fresh PDF from the redacted text only: nothing of the original file (metadata, images, fonts) survives. */
    static byte[] render(String text) {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            float margin = 56;
            float leading = 14;
            float width = PDRectangle.A4.getWidth() - 2 * margin;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
                wrap(encodable(paragraph), font, 10.5f, width, lines);
            }
            int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * margin) / leading);
            for (int from = 0; from < Math.max(lines.size(), 1); from += perPage) {
                var page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (var cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10.5f);
                    cs.setLeading(leading);
                    cs.newLineAtOffset(margin, PDRectangle.A4.getHeight() - margin);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extract(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            var sb = new StringBuilder(stripper.getText(doc));
            var info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                sb.append('\n').append(info.getCustomMetadataValue(key));
            }
            if (doc.getDocumentCatalog().getMetadata() != null) {
                sb.append('\n').append(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8));
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(String paragraph, PDType1Font font, float size, float width, List<String> out) throws IOException {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        var line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        out.add(line.toString());
    }

    /** Helvetica's WinAnsi encoding covers Danish; other characters are written as '?' rather than failing. */
    private static String encodable(String s) {
        var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        var sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append(cp == '\t' ? "    " : "?");
            }
        });
        return sb.toString();
    }
}
