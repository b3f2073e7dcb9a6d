package dk.rekrut.storage;

import dk.rekrut.storage.UploadInspector.Accepted;
import dk.rekrut.storage.UploadInspector.Inspection;
import dk.rekrut.storage.UploadInspector.Refused;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** PDF for {@link UploadInspector}: encrypted, empty or corrupt files and launch actions are refused, scripts noted. */
final class PdfDocuments {

    private static final int PDF_MAX_OBJECTS_VISITED = 200_000;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    private PdfDocuments() {
    }

    static Inspection inspect(byte[] b, boolean refuseScripts) {
        try (PDDocument doc = Loader.loadPDF(b)) {
            if (doc.isEncrypted()) {
                return Refused.of("error.upload.encrypted");
            }
            if (doc.getNumberOfPages() < 1) {
                return Refused.of("error.upload.corrupt");
            }
            var found = activeContent(doc.getDocumentCatalog().getCOSObject());
            if (found.contains("launch")) {
                return Refused.of("error.upload.active-content");
            }
            if (found.contains("javascript")) {
                if (refuseScripts) {
                    return Refused.of("error.upload.active-content");
                }
                return new Accepted(DetectedType.PDF, "pdf", DetectedType.PDF.contentType(), List.of("pdf-javascript"));
            }
            return new Accepted(DetectedType.PDF);
        } catch (InvalidPasswordException e) {
            return Refused.of("error.upload.encrypted");
        } catch (IOException | RuntimeException e) {
            return Refused.of("error.upload.corrupt");
        }
    }

    /**
     * Walks the object graph from the catalog (without decoding any stream) looking for launch actions and
     * JavaScript: action dictionaries with {@code /S /Launch} or {@code /S /JavaScript}, {@code /JS} entries and the
     * document-level {@code /JavaScript} name tree. Returns {"launch"} / {"javascript"} / both / empty.
     */
    static Set<String> activeContent(COSDictionary catalog) {
        Set<String> found = new TreeSet<>();
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        var todo = new ArrayDeque<COSBase>();
        todo.add(catalog);
        int visited = 0;
        while (!todo.isEmpty() && visited++ < PDF_MAX_OBJECTS_VISITED) {
            COSBase o = todo.poll();
            if (o instanceof COSObject indirect) {
                o = indirect.getObject();
            }
            if (o == null || !seen.add(o)) {
                continue;
            }
            if (o instanceof COSDictionary dict) {
                COSName s = dict.getCOSName(COSName.S);
                if (LAUNCH.equals(s)) {
                    found.add("launch");
                }
                if (COSName.JAVA_SCRIPT.equals(s) || dict.containsKey(COSName.JS)) {
                    found.add("javascript");
                }
                if (dict.containsKey(COSName.JAVA_SCRIPT) && !COSName.JAVA_SCRIPT.equals(s)) {
                    found.add("javascript"); // the document-level /Names /JavaScript tree
                }
                for (var entry : dict.entrySet()) {
                    if (!COSName.PARENT.equals(entry.getKey())) {
                        todo.add(entry.getValue());
                    }
                }
            } else if (o instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    todo.add(array.get(i));
                }
            }
        }
        return found;
    }
}
