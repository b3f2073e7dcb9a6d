/**
 * Correspondence with applicants: the institution's e-mail templates (kept by the communications role), an
 * outbox written in the caller's transaction, a worker that delivers with retries and back-off, SMTP or a local
 * mailbox, and the log of what each application's applicant was sent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package dk.rekrut.correspondence;
