package dk.rekrut.jobcentre;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.DocumentText;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.shared.RuleViolation;
import dk.rekrut.storage.DetectedType;
import dk.rekrut.storage.UploadInspector;
import org.springframework.stereotype.Component;

/** A citizen's CV as the profile keeps it: text only, with the citizen's personal data removed, or refused. */
@Component
class CvPseudonymiser {

    private static final int MAX_CV_CHARS = 200_000;

    private final UploadInspector inspector;
    private final RedactionEngine redaction;

    CvPseudonymiser(UploadInspector inspector, RedactionEngine redaction) {
        this.inspector = inspector;
        this.redaction = redaction;
    }

    /**
     * The CV's text with personal data removed. The upload is checked by content like an application's; the text is
     * read with the redaction engine's extraction; the redacted text is searched again, and a known value still there
     * refuses the CV (fail closed: nothing is stored).
     */
    String text(String fileName, byte[] cv, KnownPersonalData identity) {
        if (cv == null || cv.length == 0) {
            throw new RuleViolation("jobcentre.citizen.error.cv");
        }
        switch (inspector.inspect(fileName, cv)) {
            case UploadInspector.Refused r -> throw new RuleViolation(r.messageKey(), r.args().toArray());
            case UploadInspector.Accepted a -> {
                if (a.detectedType() == DetectedType.JPEG
                    || a.detectedType() == DetectedType.PNG) {
                    throw new RuleViolation("jobcentre.citizen.error.cv-image");
                }
            }
        }
        String text;
        try {
            text = DocumentText.of(cv, null);
        } catch (DocumentException e) {
            throw new RuleViolation("jobcentre.citizen.error.cv-unreadable");
        }
        if (text.isBlank()) {
            throw new RuleViolation("jobcentre.citizen.error.cv-empty");
        }
        if (text.length() > MAX_CV_CHARS) {
            text = text.substring(0, MAX_CV_CHARS);
        }
        var redacted = redaction.redactText(text, null, identity);
        if (!redacted.clean()) {
            throw new RuleViolation("jobcentre.citizen.error.cv-not-pseudonymised");
        }
        return redacted.text();
    }
}
