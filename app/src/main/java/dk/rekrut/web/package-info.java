/**
 * Web shell: layout, language choice, start page per role, error pages and messages for rule violations.
 */
@ApplicationModule(displayName = "Web")
package dk.rekrut.web;

import org.springframework.modulith.ApplicationModule;
