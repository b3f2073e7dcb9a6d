/**
 * Voluntary evaluation data (gender, age band, country-of-origin group), given on a separate step with its own
 * consent. Stored apart from the application, never shown per person; only counted, with small cells suppressed.
 */
@ApplicationModule(displayName = "Evaluation data")
package dk.rekrut.evaluation;

import org.springframework.modulith.ApplicationModule;
