package dk.rekrut.redaction.render;

import dk.rekrut.redaction.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * Deep copies of resources (fonts, colour spaces, shadings) for the layout-keeping rendition, without the keys that
 * carry metadata, actions or links back into the input's page tree. Streams are copied as they are stored (still
 * encoded), so a font program is neither decoded nor re-encoded. Shared objects are copied once per document.
 */
final class CosCopier {

    private static final Set<COSName> DROPPED = Set.of(COSName.METADATA, COSName.PIECE_INFO, COSName.AA, COSName.A,
        COSName.JS, COSName.JAVA_SCRIPT, COSName.OPEN_ACTION, COSName.STRUCT_PARENT, COSName.STRUCT_PARENTS,
        COSName.getPDFName("Thumb"), COSName.ANNOTS, COSName.EMBEDDED_FILES, COSName.EF, COSName.URI, COSName.NAMES,
        COSName.OUTLINES, COSName.ACRO_FORM, COSName.getPDFName("AF"), COSName.PARENT, COSName.P,
        COSName.LAST_MODIFIED, COSName.getPDFName("OC"));

    private final Map<COSBase, COSBase> copies = new IdentityHashMap<>();
    private int depth;

    COSBase copy(COSBase b) throws IOException {
        if (b instanceof COSObject o) {
            return copy(o.getObject());
        }
        if (!(b instanceof COSDictionary) && !(b instanceof COSArray)) {
            return b; // names, numbers, strings, booleans, null: values, not containers
        }
        COSBase done = copies.get(b);
        if (done != null) {
            return done;
        }
        if (++depth > Limits.MAX_NESTING) {
            throw new PdfLayoutRendition.Unprovable("a resource is nested too deeply");
        }
        try {
            if (b instanceof COSStream s) {
                var c = new COSStream();
                copies.put(b, c);
                entries(s, c);
                try (InputStream in = s.createRawInputStream(); OutputStream out = c.createRawOutputStream()) {
                    in.transferTo(out);
                }
                return c;
            }
            if (b instanceof COSDictionary d) {
                var c = new COSDictionary();
                copies.put(b, c);
                entries(d, c);
                return c;
            }
            COSArray a = (COSArray) b;
            var c = new COSArray();
            copies.put(b, c);
            for (COSBase item : a) {
                COSBase v = copy(item);
                c.add(v == null ? org.apache.pdfbox.cos.COSNull.NULL : v);
            }
            return c;
        } finally {
            depth--;
        }
    }

    private void entries(COSDictionary from, COSDictionary to) throws IOException {
        for (var e : from.entrySet()) {
            if (!DROPPED.contains(e.getKey()) && !e.getKey().equals(COSName.LENGTH)) {
                COSBase v = copy(e.getValue());
                if (v != null) {
                    to.setItem(e.getKey(), v);
                }
            }
        }
    }
}
