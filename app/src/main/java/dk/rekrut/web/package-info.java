/**
 * Web shell: layout, language choice, start page per role, error pages and messages for rule violations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package dk.rekrut.web;
