/**
 * Postings and publication: layout templates, posting text, the media list, publication periods per medium,
 * the public job list and posting pages (with schema.org JobPosting), feeds per medium and media tracking.
 */
@ApplicationModule(displayName = "Publication")
package dk.rekrut.publication;

import org.springframework.modulith.ApplicationModule;
