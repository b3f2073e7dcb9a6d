/**
 * My tasks: the start page of everyone who works on cases lists what waits for them, oldest first, each row linking
 * to the page where it is done, and the navigation shows the count. Read-only aggregates, one query per kind of task
 * over the cases the user may see (decided by {@code recruitment.CaseAccess}); rows name a case and a count, never a
 * candidate, so an anonymous case reveals neither identity nor the order in which people applied.
 */
@ApplicationModule(displayName = "Tasks")
package dk.rekrut.tasks;

import org.springframework.modulith.ApplicationModule;
