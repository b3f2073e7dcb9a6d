package dk.rekrut.redaction.extract;

import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDAbstractPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * A document's resource cache that keeps what it holds for as long as the document is open. PDFBox's text stripper
 * drops a page's resources from the cache after each page to save memory, so every page, and every later walk of the
 * same document (the layout rewrite after the extraction, the second reading in the verification), parsed the same
 * embedded fonts again: that was about a twelfth of a PDF's redaction. The documents here are small and short-lived
 * (a page limit, closed after the redaction), so keeping them costs little memory. Images are still dropped.
 * A font not parsed yet in this document is looked up by its digest in {@link ParsedFonts}, shared by the input and
 * the verification of the output.
 */
public final class FontKeepingCache extends DefaultResourceCache {

    private final ParsedFonts parsed;

    private FontKeepingCache(ParsedFonts parsed) {
        this.parsed = parsed;
    }

    /** Gives {@code doc} this cache; call before its pages are read (a page takes the cache it finds). */
    public static PDDocument keep(PDDocument doc) {
        return keep(doc, new ParsedFonts());
    }

    /** As {@link #keep(PDDocument)}, finding fonts parsed before in {@code parsed} and adding those it parses. */
    public static PDDocument keep(PDDocument doc, ParsedFonts parsed) {
        doc.setResourceCache(new FontKeepingCache(parsed));
        return doc;
    }

    @Override
    public PDFont getFont(COSObject indirect) {
        PDFont font = super.getFont(indirect);
        if (font == null) {
            font = parsed.get(indirect);
            if (font != null) {
                super.put(indirect, font);
            }
        }
        return font;
    }

    @Override
    public void put(COSObject indirect, PDFont font) {
        super.put(indirect, font);
        parsed.put(indirect, font);
    }

    @Override
    public PDFont removeFont(COSObject indirect) {
        return null;
    }

    @Override
    public PDColorSpace removeColorSpace(COSObject indirect) {
        return null;
    }

    @Override
    public PDExtendedGraphicsState removeExtState(COSObject indirect) {
        return null;
    }

    @Override
    public PDShading removeShading(COSObject indirect) {
        return null;
    }

    @Override
    public PDAbstractPattern removePattern(COSObject indirect) {
        return null;
    }

    @Override
    public PDPropertyList removeProperties(COSObject indirect) {
        return null;
    }
}
