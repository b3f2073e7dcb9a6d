/**
 * Interviews: slots on a case, invitations with iCalendar (RFC 5545/5546) attachments sent through the outbox,
 * the candidate's reply through their private link, rescheduling (higher SEQUENCE) and cancelling
 * (METHOD:CANCEL), and the panel's calendar export. Reaches applicants only through the application module.
 */
@ApplicationModule(displayName = "Interview")
package dk.rekrut.interview;

import org.springframework.modulith.ApplicationModule;
