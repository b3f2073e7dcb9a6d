/**
 * Anonymisation of applications in anonymous cases: runs the redaction engine ({@code rekrut-redaction}, package
 * {@code dk.rekrut.redaction}, a plain library and not an app module) over each uploaded document and the free-text
 * screening answers after submission, keeps the redacted renditions (keyed by candidate id, in the file store), lets
 * HR review, add redactions by hand, release and re-run, and serves the committee only released renditions.
 *
 * <p>It never depends on identity: the applicant's form data and original files come through the application
 * module's {@link dk.rekrut.application.RedactionSources}, which reads them through the audited identity door.
 * Published API for committee-facing modules: {@link dk.rekrut.anonymisation.Redactions},
 * {@link dk.rekrut.anonymisation.RedactedDocument}, {@link dk.rekrut.anonymisation.RedactionState}; the worker
 * {@link dk.rekrut.anonymisation.RedactionWorker} is public so tests can run it.
 */
@ApplicationModule(displayName = "Anonymisation")
package dk.rekrut.anonymisation;

import org.springframework.modulith.ApplicationModule;
