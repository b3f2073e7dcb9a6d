/**
 * Assessing candidates: the candidate list, each committee member's rating and comment (hidden from the others
 * until one has rated, if the case says so), the chair's ranking and shortlist. Works on candidate numbers and
 * the application's substance; it has no access to identity (names come only through the application module's
 * audited, rule-checked view for HR and for non-anonymous cases).
 */
@ApplicationModule(displayName = "Assessment")
package dk.rekrut.assessment;

import org.springframework.modulith.ApplicationModule;
