/**
 * Organisation and access model: units in a tree, users, the nine recruitment roles and the job centre's three,
 * institution settings.
 * Published API: {@link dk.rekrut.organisation.OrganisationDirectory}, {@link dk.rekrut.organisation.UserAccounts},
 * {@link dk.rekrut.organisation.Role} and the view records.
 */
@ApplicationModule(displayName = "Organisation")
package dk.rekrut.organisation;

import org.springframework.modulith.ApplicationModule;
