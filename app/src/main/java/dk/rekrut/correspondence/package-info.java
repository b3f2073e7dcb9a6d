/**
 * Correspondence with applicants: the institution's e-mail templates (kept by the communications role), an
 * outbox written in the caller's transaction and unique per recipient and cause, a worker that delivers with
 * row claims (SKIP LOCKED and a lease), retries and back-off, SMTP or a local mailbox, and the log of what each
 * application's applicant was sent. Published API: {@link dk.rekrut.correspondence.Correspondence},
 * {@link dk.rekrut.correspondence.Letter}, {@link dk.rekrut.correspondence.LetterKind},
 * {@link dk.rekrut.correspondence.SentMessage}, {@link dk.rekrut.correspondence.MailTemplates},
 * {@link dk.rekrut.correspondence.OutboxWorker}.
 */
@ApplicationModule(displayName = "Correspondence")
package dk.rekrut.correspondence;

import org.springframework.modulith.ApplicationModule;
