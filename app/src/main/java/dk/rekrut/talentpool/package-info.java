/**
 * Talent pools (emnebanker): pools and the icon set kept by the administrator; HR offers a case's applicant a
 * place, candidates enrol themselves on the public site; nobody is a member before accepting by a private link
 * (double opt-in), and consent expires: a reminder before, removal and deletion (CV file included) after. HR
 * puts icons and a rating on members, searches the pools and sends members a public posting. Member data is
 * personal data: only HR roles see it. Reaches applicants' names and e-mails only through the audited
 * {@code ApplicantViews.contactFor}, never the identity module. Published API:
 * {@link dk.rekrut.talentpool.TalentPools}.
 */
@ApplicationModule(displayName = "Talent pools")
package dk.rekrut.talentpool;

import org.springframework.modulith.ApplicationModule;
