/**
 * Statistics for HR and administrators: postings by category and location, applications per posting, the funnel
 * (received, screening, interview, offer, hired) from the status history, the funnel by gender, age band and origin
 * group from the voluntary evaluation data only (counted in blocks of one unit and one quarter, each suppressed on its own
 * with complementary suppression, so no subtraction of selections reveals a hidden cell), anonymous
 * and ordinary recruitments side by side, and media response with costs. Read-only SQL aggregates over other modules'
 * tables; every figure is reproducible by the query documented in docs/statistics.md. Never reaches identity.
 */
@ApplicationModule(displayName = "Statistics")
package dk.rekrut.statistics;

import org.springframework.modulith.ApplicationModule;
