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
 */
public final class FontKeepingCache extends DefaultResourceCache {

    /** Gives {@code doc} this cache; call before its pages are read (a page takes the cache it finds). */
    public static PDDocument keep(PDDocument doc) {
        doc.setResourceCache(new FontKeepingCache());
        return doc;
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
