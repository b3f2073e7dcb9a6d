package dk.rekrut.anonymisation;

import java.util.ArrayList;
import java.util.UUID;
import dk.rekrut.application.RedactionSources;
import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.RedactionEngine;
import dk.rekrut.redaction.SpanType;
import org.springframework.stereotype.Component;

/**
 * The redaction engine as it applies to one applicant, the same for the worker that makes the renditions and for HR's
 * review page: the applicant's known values (read through the application module's audited door) and the engine with
 * HR's hand-added values and confirmed false positives for this applicant, sharing the engine's loaded detectors.
 */
@Component
class ApplicantEngine {

    private final RedactionEngine engine;
    private final RedactionItemRepository items;
    private final RedactionSources sources;

    ApplicantEngine(RedactionEngine engine, RedactionItemRepository items, RedactionSources sources) {
        this.engine = engine;
        this.items = items;
        this.sources = sources;
    }

    /** The applicant's known values; {@code reason} goes to the audit log of the identity read. */
    KnownPersonalData known(UUID applicationId, String reason) {
        return sources.knownValues(applicationId, reason)
            .map(k -> new KnownPersonalData(k.fullName(), k.email(), k.phone(), k.street(), k.postalCode(), k.town(),
                k.birthDate(), null))
            .orElse(KnownPersonalData.NONE);
    }

    /**
     * The shared engine, or one that also redacts HR's hand-added values for this applicant and leaves alone the
     * false positives HR confirmed ({@link RedactionItemRepository#KEEP}; the engine never leaves a given value alone).
     */
    RedactionEngine engineFor(UUID applicationId) {
        var additions = items.additions(applicationId);
        if (additions.isEmpty()) {
            return engine;
        }
        var values = new ArrayList<HandAddedValues.Value>();
        var kept = new ArrayList<String>();
        for (var a : additions) {
            if (RedactionItemRepository.KEEP.equals(a.spanType())) {
                kept.add(a.text());
            } else {
                values.add(new HandAddedValues.Value(a.text(), SpanType.valueOf(a.spanType())));
            }
        }
        var e = values.isEmpty() ? engine : engine.with(new HandAddedValues(values));
        return kept.isEmpty() ? e : e.keeping(kept);
    }
}
