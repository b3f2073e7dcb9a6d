package dk.rekrut.redaction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a redacted PDF the way an attacker would, independently of the engine's own verification: the visible text,
 * and every string, name and decoded stream of every object in the file (metadata, XMP, attachments, annotations,
 * bookmarks would all show up here).
 */
public final class Pdfs {

    private Pdfs() {
    }

    /** A PDF of A4 pages, each with its lines in Helvetica 11 pt from the top left, as a word processor writes them. */
    public static byte[] written(List<List<String>> pages) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                var page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (var cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(15);
                    cs.newLineAtOffset(56, 760);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A Type 3 font whose glyphs for A to z are filled boxes, named by the standard glyph names (so its text reads as
     * the letters), every other code a space.
     */
    public static COSDictionary boxType3Font(PDDocument doc) throws IOException {
        var font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 1000, 1000).getCOSArray());
        var matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(v));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        var procs = new COSDictionary();
        var differences = new COSArray();
        differences.add(COSInteger.get(32));
        var widths = new COSArray();
        for (char c = ' '; c <= 'z'; c++) {
            String glyph = Character.isLetter(c) ? String.valueOf(c) : "space";
            differences.add(COSName.getPDFName(glyph));
            COSStream proc = doc.getDocument().createCOSStream();
            try (var o = proc.createOutputStream()) {
                o.write((Character.isLetter(c) ? "600 0 0 0 500 700 d1 0 0 500 700 re f" : "600 0 d0")
                    .getBytes(StandardCharsets.US_ASCII));
            }
            procs.setItem(COSName.getPDFName(glyph), proc);
            widths.add(COSInteger.get(600));
        }
        var encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        font.setItem(COSName.ENCODING, encoding);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setInt(COSName.FIRST_CHAR, 32);
        font.setInt(COSName.LAST_CHAR, 122);
        font.setItem(COSName.WIDTHS, widths);
        return font;
    }

    public static String text(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The visible text plus every string and decoded stream in the file. */
    public static String everything(byte[] pdf) {
        var sb = new StringBuilder(text(pdf)).append('\n');
        try (var doc = Loader.loadPDF(pdf)) {
            var cos = doc.getDocument();
            for (var key : cos.getXrefTable().keySet()) {
                COSObject o = cos.getObjectFromPool(key);
                collect(o.getObject(), sb, 0);
            }
            collect(cos.getTrailer(), sb, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void collect(COSBase b, StringBuilder sb, int depth) throws IOException {
        if (b == null || depth > 30) {
            return;
        }
        if (b instanceof COSString s) {
            sb.append(s.getString()).append('\n');
        } else if (b instanceof COSName n) {
            sb.append(n.getName()).append('\n');
        } else if (b instanceof COSArray a) {
            for (COSBase x : a) {
                collect(x instanceof COSObject o ? null : x, sb, depth + 1);
            }
        } else if (b instanceof COSDictionary d) {
            for (var e : d.entrySet()) {
                sb.append(e.getKey().getName()).append('\n');
                collect(e.getValue() instanceof COSObject ? null : e.getValue(), sb, depth + 1);
            }
            if (d instanceof COSStream s) {
                try (var in = s.createInputStream()) {
                    byte[] raw = in.readAllBytes();
                    sb.append(new String(raw, StandardCharsets.ISO_8859_1)).append('\n');
                    sb.append(new String(raw, StandardCharsets.UTF_8)).append('\n');
                } catch (IOException ignored) {
                    // a font program may not decode as text; its strings are not what we look for
                }
            }
        }
    }
}
