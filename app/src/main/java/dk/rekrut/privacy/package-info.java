/**
 * GDPR retention and the applicant's rights: the scheduled retention job (rules from {@code rekrut.retention.*},
 * one instance at a time through a lease row), the {@link dk.rekrut.privacy.RetentionHold} extension point through
 * which other modules (talent pools) keep a candidate's data, and erasure requests made by applicants and handled
 * by administrators. The erasing itself is the application module's {@code ApplicantErasure}. See docs/privacy.md.
 */
@ApplicationModule(displayName = "Privacy and retention")
package dk.rekrut.privacy;

import org.springframework.modulith.ApplicationModule;
