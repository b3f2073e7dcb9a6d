package dk.rekrut.redaction.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Every object of the layout-keeping rendition besides the page text, searched for the found and known values: the
 * rewrite copies the input's fonts, colour spaces and shadings, and whatever those carry comes along (a font named
 * after the applicant, a key added to a font or shading dictionary, an ICC profile's description, a separation's
 * colourant name, a font program's name table). So the proof does not depend on the copier knowing every key: each
 * dictionary key, name, string and decoded stream (as Latin-1 and as UTF-16BE at both alignments) is searched, in its
 * case as a whole word (a change from lower to upper case also bounds a word, so {@code MetteHansen} holds
 * {@code Mette}; not in dictionary keys, which are the format's own compounds such as {@code MediaBox}) and in lower
 * case. A finding makes the document fall back to the text rendition, which copies
 * nothing, so a chance match in a font's copyright notice costs the layout, never a leak.
 */
final class ObjectSearch {

    private static final int MAX_DEPTH = 64;

    private final List<String> values;
    private final List<String> lowerValues;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private ObjectSearch(Set<String> values) {
        this.values = List.copyOf(values);
        this.lowerValues = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether any object of {@code doc} other than the pages' content streams (searched on their own) holds a value. */
    static boolean anyValue(PDDocument doc, Set<String> values) throws IOException {
        if (values.isEmpty()) {
            return false;
        }
        var search = new ObjectSearch(values);
        for (PDPage page : doc.getPages()) {
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSArray a) {
                a.forEach(c -> search.seen.add(c instanceof COSObject o ? o.getObject() : c));
            }
            search.seen.add(contents);
        }
        COSDocument cos = doc.getDocument();
        if (search.holds(cos.getTrailer(), 0)) {
            return true;
        }
        for (var key : cos.getXrefTable().keySet()) {
            if (search.holds(cos.getObjectFromPool(key).getObject(), 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean holds(COSBase b, int depth) throws IOException {
        if (b instanceof COSObject o) {
            b = o.getObject();
        }
        if (b == null || depth > MAX_DEPTH) {
            return false;
        }
        if (b instanceof COSString s) {
            return found(s.getString()) || found(new String(s.getBytes(), StandardCharsets.ISO_8859_1));
        }
        if (b instanceof COSName n) {
            return found(n.getName());
        }
        if (!seen.add(b)) {
            return false;
        }
        if (b instanceof COSArray a) {
            for (COSBase item : a) {
                if (holds(item, depth + 1)) {
                    return true;
                }
            }
        } else if (b instanceof COSDictionary d) {
            for (var e : d.entrySet()) {
                if (found(e.getKey().getName(), false) || holds(e.getValue(), depth + 1)) {
                    return true;
                }
            }
            return d instanceof COSStream s && decodedHolds(s);
        }
        return false;
    }

    private boolean decodedHolds(COSStream s) {
        byte[] bytes;
        try (InputStream in = s.createInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return false; // a stream that does not decode shows nothing in any reader; its raw bytes are a key's value
        }
        if (found(new String(bytes, StandardCharsets.ISO_8859_1))) {
            return true;
        }
        return bytes.length > 1 && (found(new String(bytes, StandardCharsets.UTF_16BE))
            || found(new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_16BE)));
    }

    private boolean found(String haystack) {
        return found(haystack, true);
    }

    /** {@code camel}: a case change bounds a word; not in dictionary keys, the PDF's own vocabulary ({@code MediaBox}). */
    private boolean found(String haystack, boolean camel) {
        for (String v : values) {
            if (word(haystack, v, camel)) {
                return true;
            }
        }
        String lower = haystack.toLowerCase(Locale.ROOT);
        for (String v : lowerValues) {
            if (word(lower, v, false)) {
                return true;
            }
        }
        return false;
    }

    /** {@code v} in {@code haystack} with no letter or digit joined to it on either side, or (cased) a camel-case join. */
    static boolean word(String haystack, String v, boolean cased) {
        for (int i = haystack.indexOf(v); i >= 0; i = haystack.indexOf(v, i + 1)) {
            int end = i + v.length();
            if (bound(haystack, i - 1, i, cased) && bound(haystack, end - 1, end, cased)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bound(String s, int before, int after, boolean cased) {
        if (before < 0 || after >= s.length()) {
            return true;
        }
        char b = s.charAt(before);
        char a = s.charAt(after);
        return !Character.isLetterOrDigit(b) || !Character.isLetterOrDigit(a)
            || cased && Character.isLowerCase(b) && Character.isUpperCase(a);
    }
}
