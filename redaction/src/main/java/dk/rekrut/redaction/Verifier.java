package dk.rekrut.redaction;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Fails closed: the redacted PDF is loaded again from its bytes, its structure is checked for anything but pages of
 * text (metadata, attachments, scripts, annotations, forms, bookmarks, images, thumbnails), and its extracted text is
 * searched for every known value and every span that was found. The search is deliberately looser than detection
 * where that costs little: digits are compared with all separators removed (so "05/11-1979" is the birth date
 * 5 November 1979 however it is written), e-mails and addresses ignoring case, spaces and punctuation.
 */
final class Verifier {

    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[\\s./-]?\\d)*");

    private Verifier() {
    }

    static Verification verify(byte[] pdf, KnownPersonalData known, List<Span> spans) {
        if (pdf == null || pdf.length == 0) {
            return Verification.failed("no output to verify");
        }
        String text;
        List<String> findings = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            structure(doc, findings);
            text = new PDFTextStripper().getText(doc);
        } catch (IOException | RuntimeException e) {
            return Verification.failed("the output cannot be read again: " + e.getMessage());
        }
        findings.addAll(searchText(text, known == null ? KnownPersonalData.NONE : known, spans));
        return new Verification(findings.isEmpty(), findings);
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

    /** The text search alone, so it can be tested without a PDF. Findings name the kind of value, not the value. */
    static List<String> searchText(String text, KnownPersonalData known, List<Span> spans) {
        Set<String> findings = new LinkedHashSet<>();
        for (Span s : new KnownValueDetector().detect(text, known)) {
            findings.add("known value left (" + s.reason() + ")");
        }
        String squashed = squash(text);
        Set<String> digitRuns = digitRuns(text);
        for (String v : squashedKnown(known)) {
            if (squashed.contains(v)) {
                findings.add("known value left (ignoring case, spaces and punctuation)");
            }
        }
        for (String d : digitsKnown(known)) {
            if (digitRuns.stream().anyMatch(r -> r.contains(d))) {
                findings.add("known number left (phone, CPR or birth date, ignoring separators)");
            }
        }
        for (Span s : spans) {
            if (!Propagation.IDENTIFYING.contains(s.type()) || s.text() == null) {
                continue;
            }
            switch (s.type()) {
                case NAME -> {
                    if (Propagation.matcher(SpanType.NAME, s.text().strip().replaceAll("(?:'s|’s)$", "")).matcher(text).find()) {
                        findings.add("found " + s.type() + " left (" + s.reason() + ")");
                    }
                }
                case PHONE, CPR -> {
                    String d = s.text().replaceAll("\\D", "");
                    if (d.length() >= 8 && digitRuns.stream().anyMatch(r -> r.contains(d))) {
                        findings.add("found " + s.type() + " left (" + s.reason() + ")");
                    }
                }
                default -> {
                    String v = squash(s.text());
                    if (v.length() >= 6 && squashed.contains(v)
                        || Propagation.matcher(s.type(), s.text().strip()).matcher(text).find()) {
                        findings.add("found " + s.type() + " left (" + s.reason() + ")");
                    }
                }
            }
        }
        return List.copyOf(findings);
    }

    private static Set<String> squashedKnown(KnownPersonalData k) {
        Set<String> out = new LinkedHashSet<>();
        if (present(k.fullName())) {
            String[] parts = k.fullName().strip().split("\\s+");
            out.add(squash(k.fullName()));
            if (parts.length > 1) {
                out.add(squash(parts[0] + parts[parts.length - 1]));
            }
        }
        if (present(k.email())) {
            out.add(squash(k.email()));
            String local = k.email().contains("@") ? k.email().substring(0, k.email().indexOf('@')) : k.email();
            out.add(squash(local));
        }
        if (present(k.address())) {
            var street = Pattern.compile("^([\\p{L} .'-]+?)\\s*(\\d+)").matcher(k.address().strip());
            if (street.find()) {
                out.add(squash(street.group(1) + street.group(2)));
            }
        }
        out.removeIf(v -> v.length() < 6);
        return out;
    }

    private static Set<String> digitsKnown(KnownPersonalData k) {
        Set<String> out = new LinkedHashSet<>();
        if (present(k.phone())) {
            String d = k.phone().replaceAll("\\D", "");
            out.add(d.length() > 8 ? d.substring(d.length() - 8) : d);
        }
        if (present(k.cpr())) {
            out.add(k.cpr().replaceAll("\\D", ""));
        }
        LocalDate b = k.birthDate();
        if (b != null) {
            for (String p : List.of("ddMMyyyy", "dMyyyy", "ddMMyy", "yyyyMMdd", "MMddyyyy", "Mdyyyy")) {
                out.add(b.format(DateTimeFormatter.ofPattern(p)));
            }
        }
        out.removeIf(v -> v.length() < 6);
        return out;
    }

    private static Set<String> digitRuns(String text) {
        Set<String> runs = new LinkedHashSet<>();
        var m = DIGIT_RUN.matcher(text);
        while (m.find()) {
            runs.add(m.group().replaceAll("\\D", ""));
        }
        return runs;
    }

    static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
