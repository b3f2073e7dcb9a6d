/**
 * Login (local accounts with lock-out, OpenID Connect), route-level authorisation and the current user.
 * Object-level checks live with the objects (e.g. recruitment's CaseAccess).
 */
@ApplicationModule(displayName = "Security")
package dk.rekrut.security;

import org.springframework.modulith.ApplicationModule;
