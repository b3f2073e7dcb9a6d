/**
 * Recruitment cases: job profile, deadline, case team, status (draft → published → closed → archived),
 * the closing checklist, and who may do what with which case ({@link dk.rekrut.recruitment.CaseAccess}).
 */
@ApplicationModule(displayName = "Recruitment")
package dk.rekrut.recruitment;

import org.springframework.modulith.ApplicationModule;
