/**
 * Messages from HR to one or many candidates of a case: a template per kind that HR may word for the case, merge
 * fields filled per recipient ({@link dk.rekrut.correspondence.MergeFields}), a preview of each recipient's e-mail
 * rendered by the outbox's own code, and sending through the outbox into each applicant's correspondence log. Only
 * HR handling the case writes; in an anonymous case the page names candidates by number and shows no address.
 */
@ApplicationModule(displayName = "Messaging")
package dk.rekrut.messaging;

import org.springframework.modulith.ApplicationModule;
