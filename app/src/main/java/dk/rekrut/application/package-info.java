/**
 * Applying for a job: screening questions defined by HR, the public application form and API, atomic
 * submission, the applicant's own page. Identity and original files go to the identity module at submission;
 * this module keeps the substance (answers, status) keyed by candidate id and number.
 */
@ApplicationModule(displayName = "Application")
package dk.rekrut.application;

import org.springframework.modulith.ApplicationModule;
