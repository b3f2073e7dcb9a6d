package dk.rekrut.redaction.corpus;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * Writes a {@link Doc} as PDF (four layouts made with PDFBox: web-page-like, word-processor-like with header and
 * footer, two columns with a sidebar, and a table of details), DOCX (Apache POI: header, footer, a table of details,
 * a text box), ODT (written by hand: styles.xml with header and footer), HTML and plain text.
 */
final class Writers {

    private Writers() {
    }

    // ------------------------------------------------------------------------------------------------ PDF

    enum PdfLayout { WEB, WORD, TWO_COLUMNS, TABLE }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    static byte[] pdf(Doc d, PdfLayout layout, Random rnd) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            Fonts f = fonts(doc, d, layout);
            var w = new PdfWriter(doc, f, layout, d);
            w.photo = d.photo ? photo(rnd) : null;
            w.write();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Fonts fonts(PDDocument doc, Doc d, PdfLayout layout) throws IOException {
        Fonts std = switch (layout) {
            case WEB -> new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA), new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
            case WORD -> new Fonts(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD));
            case TWO_COLUMNS -> new Fonts(new PDType1Font(Standard14Fonts.FontName.HELVETICA), new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD));
            case TABLE -> new Fonts(new PDType1Font(Standard14Fonts.FontName.COURIER), new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD));
        };
        try {
            std.regular().encode(String.join(" ", d.lines()) + String.valueOf(d.header) + String.valueOf(d.footer));
            std.bold().encode(String.join(" ", d.lines()));
            return std;
        } catch (IllegalArgumentException e) {
            // Letters outside WinAnsi (ł, ğ, ı, ş, ...): embed a Unicode font, as a word processor would.
            try (InputStream ttf = Writers.class.getResourceAsStream("/dk/rekrut/redaction/fonts/DejaVuSans.ttf")) {
                PDFont u = PDType0Font.load(doc, ttf, true);
                return new Fonts(u, u);
            }
        }
    }

    private static final class PdfWriter {
        final PDDocument doc;
        final Fonts f;
        final PdfLayout layout;
        final Doc d;
        BufferedImage photo;
        PDPageContentStream cs;
        float y;
        final float top = PDRectangle.A4.getHeight() - 60;
        final float bottom = 60;

        PdfWriter(PDDocument doc, Fonts f, PdfLayout layout, Doc d) {
            this.doc = doc;
            this.f = f;
            this.layout = layout;
            this.d = d;
        }

        void write() throws IOException {
            newPage();
            if (photo != null) {
                var img = LosslessFactory.createFromImage(doc, photo);
                cs.drawImage(img, PDRectangle.A4.getWidth() - 130, top - 80, 70, 84);
            }
            float left = 60;
            float width = PDRectangle.A4.getWidth() - 120;
            if (layout == PdfLayout.TWO_COLUMNS) {
                // The sidebar first (contact, details), then the main column beside it.
                float sy = y;
                for (var b : d.blocks) {
                    if (b.kind() == Doc.Kind.SIDEBAR || b.kind() == Doc.Kind.ROW) {
                        sy = text(b.kind() == Doc.Kind.ROW ? b.key() + ":\n" + b.text() : b.text(), 40, 150, sy, 9, f.regular());
                        sy -= 6;
                    }
                }
                cs.setStrokingColor(Color.LIGHT_GRAY);
                cs.moveTo(200, top + 10);
                cs.lineTo(200, bottom);
                cs.stroke();
                left = 215;
                width = PDRectangle.A4.getWidth() - 215 - 50;
            }
            for (var b : d.blocks) {
                switch (b.kind()) {
                    case HEADING -> {
                        y -= 6;
                        y = text(b.text(), left, width, y, layout == PdfLayout.WEB ? 14 : 12, f.bold());
                        if (layout == PdfLayout.WEB) {
                            cs.setStrokingColor(new Color(30, 90, 160));
                            cs.moveTo(left, y + 8);
                            cs.lineTo(left + width, y + 8);
                            cs.stroke();
                        }
                    }
                    case ROW -> {
                        if (layout == PdfLayout.TWO_COLUMNS) {
                            continue;
                        }
                        if (layout == PdfLayout.TABLE) {
                            ensure(16);
                            cs.setStrokingColor(Color.GRAY);
                            cs.addRect(left, y - 4, width, 16);
                            cs.stroke();
                            show(b.key(), left + 4, y, 9, f.bold());
                            y = text(b.text(), left + 130, width - 134, y, 9, f.regular());
                        } else {
                            y = text(b.key() + ": " + b.text(), left, width, y, 10, f.regular());
                        }
                    }
                    case BULLET -> y = text("• " + b.text(), left + 10, width - 10, y, 10, f.regular());
                    case SIDEBAR -> {
                        if (layout != PdfLayout.TWO_COLUMNS) {
                            y = text(b.text(), left, width, y, 10, f.regular());
                        }
                    }
                    case PARAGRAPH -> y = text(b.text(), left, width, y, 10, f.regular()) - 4;
                }
            }
            cs.close();
        }

        void newPage() throws IOException {
            if (cs != null) {
                cs.close();
            }
            var page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = top;
            if (d.header != null && layout != PdfLayout.WEB) {
                show(d.header, 60, PDRectangle.A4.getHeight() - 35, 8, f.regular());
            }
            if (d.footer != null) {
                show(d.footer + "   " + doc.getNumberOfPages(), 60, 30, 8, f.regular());
            }
            if (d.header != null && layout == PdfLayout.WEB && doc.getNumberOfPages() == 1) {
                y = text(d.header, 60, 400, y, 8, f.regular()) - 4;
            }
        }

        void ensure(float h) throws IOException {
            if (y - h < bottom) {
                newPage();
            }
        }

        void show(String s, float x, float yy, float size, PDFont font) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, yy);
            cs.showText(s);
            cs.endText();
        }

        /** Wrapped text; labelled values are never broken across lines. Returns the new y. */
        float text(String s, float x, float width, float yy, float size, PDFont font) throws IOException {
            y = yy;
            for (String para : s.split("\n")) {
                String protectedText = para;
                for (var l : d.labels.values()) {
                    if (l.text().contains(" ")) {
                        protectedText = protectedText.replace(l.text(), l.text().replace(' ', '\u0001'));
                    }
                }
                var line = new StringBuilder();
                for (String word : protectedText.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (!line.isEmpty() && font.getStringWidth(candidate.replace('\u0001', ' ')) / 1000 * size > width) {
                        ensure(size + 4);
                        show(line.toString().replace('\u0001', ' '), x, y, size, font);
                        y -= size + 4;
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                ensure(size + 4);
                show(line.toString().replace('\u0001', ' '), x, y, size, font);
                y -= size + 4;
            }
            return y;
        }
    }

    /** A small synthetic portrait: a head and shoulders on a coloured ground. */
    static BufferedImage photo(Random rnd) {
        var img = new BufferedImage(60, 72, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(150 + rnd.nextInt(100), 150 + rnd.nextInt(100), 150 + rnd.nextInt(100)));
        g.fillRect(0, 0, 60, 72);
        g.setColor(new Color(90 + rnd.nextInt(150), 60 + rnd.nextInt(120), 40 + rnd.nextInt(100)));
        g.fillOval(18, 12, 24, 30);
        g.setColor(new Color(rnd.nextInt(120), rnd.nextInt(120), rnd.nextInt(160)));
        g.fillOval(6, 44, 48, 40);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ DOCX

    static byte[] docx(Doc d, Random rnd) throws Exception {
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            if (d.header != null) {
                doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(d.header);
            }
            if (d.footer != null) {
                doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(d.footer);
            }
            if (d.photo) {
                XWPFRun r = doc.createParagraph().createRun();
                r.addPicture(new ByteArrayInputStream(png(photo(rnd))), XWPFDocument.PICTURE_TYPE_PNG, "photo.png",
                    Units.toEMU(60), Units.toEMU(72));
            }
            XWPFTable table = null;
            for (var b : d.blocks) {
                if (b.kind() == Doc.Kind.ROW) {
                    if (table == null) {
                        table = doc.createTable(1, 2);
                        fillCells(table.getRow(0).getCell(0).getParagraphs().getFirst(), b.key());
                        fillCells(table.getRow(0).getCell(1).getParagraphs().getFirst(), b.text());
                    } else {
                        var row = table.createRow();
                        fillCells(row.getCell(0).getParagraphs().getFirst(), b.key());
                        fillCells(row.getCell(1).getParagraphs().getFirst(), b.text());
                    }
                    continue;
                }
                table = null;
                if (b.kind() == Doc.Kind.SIDEBAR) {
                    textBox(doc.createParagraph(), b.text());
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                if (b.kind() == Doc.Kind.HEADING) {
                    r.setBold(true);
                    r.setFontSize(14);
                }
                String[] lines = (b.kind() == Doc.Kind.BULLET ? "• " + b.text() : b.text()).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        r.addBreak();
                    }
                    r.setText(lines[i], i);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fillCells(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }

    /** A VML text box, as Word writes for a floating sidebar. */
    private static void textBox(XWPFParagraph p, String text) throws Exception {
        var paras = new StringBuilder();
        for (String line : text.split("\n")) {
            paras.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(line)).append("</w:t></w:r></w:p>");
        }
        String run = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:pict><v:shape style=\"width:170pt;height:90pt\">"
            + "<v:textbox><w:txbxContent>" + paras + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        CTR ctr = CTR.Factory.parse(run);
        p.createRun().getCTR().set(ctr);
    }

    // ------------------------------------------------------------------------------------------------ ODT

    static byte[] odt(Doc d, Random rnd) throws IOException {
        var body = new StringBuilder();
        for (var b : d.blocks) {
            String style = switch (b.kind()) {
                case HEADING -> "H";
                case SIDEBAR -> "Side";
                default -> "P";
            };
            String t = b.kind() == Doc.Kind.ROW ? b.key() + ":<text:tab/>" + xml(b.text()).replace("\n", "<text:line-break/>")
                : xml(b.kind() == Doc.Kind.BULLET ? "• " + b.text() : b.text()).replace("\n", "<text:line-break/>");
            if (b.kind() == Doc.Kind.HEADING) {
                body.append("<text:h text:style-name=\"H\" text:outline-level=\"2\">").append(t).append("</text:h>");
            } else if (b.kind() == Doc.Kind.SIDEBAR) {
                body.append("<text:p><draw:frame draw:name=\"sidebar\" svg:width=\"6cm\" text:anchor-type=\"paragraph\"><draw:text-box>")
                    .append("<text:p text:style-name=\"").append(style).append("\">").append(t).append("</text:p></draw:text-box></draw:frame></text:p>");
            } else {
                body.append("<text:p text:style-name=\"P\">").append(t).append("</text:p>");
            }
        }
        String ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
            + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
            + "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
            + "xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
            + "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" office:version=\"1.3\"";
        String photo = d.photo ? "<text:p><draw:frame draw:name=\"photo\" svg:width=\"2cm\" svg:height=\"2.4cm\" text:anchor-type=\"paragraph\">"
            + "<draw:image xlink:href=\"Pictures/photo.png\" xlink:type=\"simple\"/></draw:frame></text:p>" : "";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + ns + ">"
            + "<office:automatic-styles><style:style style:name=\"H\" style:family=\"paragraph\"><style:text-properties fo:font-weight=\"bold\" fo:font-size=\"14pt\"/></style:style>"
            + "<style:style style:name=\"P\" style:family=\"paragraph\"/><style:style style:name=\"Side\" style:family=\"paragraph\"/></office:automatic-styles>"
            + "<office:body><office:text>" + photo + body + "</office:text></office:body></office:document-content>";
        String header = d.header == null ? "" : "<style:header><text:p>" + xml(d.header) + "</text:p></style:header>";
        String footer = d.footer == null ? "" : "<style:footer><text:p>" + xml(d.footer) + "</text:p></style:footer>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + ns + ">"
            + "<office:automatic-styles><style:page-layout style:name=\"pm1\"/></office:automatic-styles>"
            + "<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\">" + header + footer
            + "</style:master-page></office:master-styles></office:document-styles>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
            + (d.photo ? "<manifest:file-entry manifest:full-path=\"Pictures/photo.png\" manifest:media-type=\"image/png\"/>" : "")
            + "</manifest:manifest>";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            var e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            var crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            e.setTime(0);
            zip.putNextEntry(e);
            zip.write(mime);
            put(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            put(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
            put(zip, "styles.xml", styles.getBytes(StandardCharsets.UTF_8));
            if (d.photo) {
                put(zip, "Pictures/photo.png", png(photo(rnd)));
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        var e = new ZipEntry(name);
        e.setTime(0); // a fixed time, so the corpus is byte-for-byte reproducible
        zip.putNextEntry(e);
        zip.write(bytes);
    }

    // ------------------------------------------------------------------------------------------------ HTML, TXT

    static byte[] html(Doc d, Random rnd) throws IOException {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(d.language).append("\"><head><meta charset=\"utf-8\"><title>")
            .append(d.kind.equals("cv") ? "CV" : "Ansøgning").append("</title></head>\n<body>\n");
        if (d.header != null) {
            sb.append("<header><p>").append(xml(d.header)).append("</p></header>\n");
        }
        if (d.photo) {
            sb.append("<img alt=\"Portræt\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png(photo(rnd))))
                .append("\">\n");
        }
        boolean inTable = false;
        for (var b : d.blocks) {
            if (b.kind() != Doc.Kind.ROW && inTable) {
                sb.append("</table>\n");
                inTable = false;
            }
            String t = xml(b.text()).replace("\n", "<br>");
            switch (b.kind()) {
                case HEADING -> sb.append("<h2>").append(t).append("</h2>\n");
                case PARAGRAPH -> sb.append("<p>").append(t).append("</p>\n");
                case BULLET -> sb.append("<ul><li>").append(t).append("</li></ul>\n");
                case SIDEBAR -> sb.append("<aside><p>").append(t).append("</p></aside>\n");
                case ROW -> {
                    if (!inTable) {
                        sb.append("<table>\n");
                        inTable = true;
                    }
                    sb.append("<tr><th>").append(xml(b.key())).append("</th><td>").append(t).append("</td></tr>\n");
                }
            }
        }
        if (inTable) {
            sb.append("</table>\n");
        }
        if (d.footer != null) {
            sb.append("<footer><p>").append(xml(d.footer)).append("</p></footer>\n");
        }
        return sb.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] txt(Doc d) {
        List<String> lines = new ArrayList<>();
        if (d.header != null) {
            lines.add(d.header);
            lines.add("");
        }
        for (var b : d.blocks) {
            if (b.kind() == Doc.Kind.HEADING) {
                lines.add("");
                lines.add(b.text());
            } else if (b.kind() == Doc.Kind.ROW) {
                lines.add(b.key() + ": " + b.text());
            } else if (b.kind() == Doc.Kind.BULLET) {
                lines.add("- " + b.text());
            } else {
                lines.add(b.text());
            }
        }
        if (d.footer != null) {
            lines.add("");
            lines.add(d.footer);
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
