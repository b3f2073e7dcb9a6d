/**
 * Applicant identity (name, contact data, birth date; later photo and original files), kept apart from the
 * application's substance, which is keyed by candidate id. The only way to read an identity is
 * {@link dk.rekrut.identity.IdentityAccess#reveal}, which writes every read to the audit log. Committee-facing
 * modules must not depend on this module (checked by ModularityTests).
 */
@ApplicationModule(displayName = "Identity")
package dk.rekrut.identity;

import org.springframework.modulith.ApplicationModule;
