/**
 * Audit log: who did what to which object, when. Written by every module through {@link dk.rekrut.audit.AuditLog};
 * searched by administrators.
 */
@ApplicationModule(displayName = "Audit")
package dk.rekrut.audit;

import org.springframework.modulith.ApplicationModule;
