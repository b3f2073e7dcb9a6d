/**
 * Search across the cases a user works on: one box in the staff navigation, one page of results. Cases by title
 * among those {@code recruitment.CaseAccess} lets the user see; applicants by name or e-mail only in the ordinary
 * cases among them, through {@code application.ApplicantSearch}, which keeps identity in its module and never
 * searches an anonymous case. No SQL of its own.
 */
@ApplicationModule(displayName = "Search")
package dk.rekrut.search;

import org.springframework.modulith.ApplicationModule;
