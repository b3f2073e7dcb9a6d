/**
 * The randomised trial built into Rekrut (issue 19, docs/trial.md): the job-centre manager's trial design (target
 * group, allocation ratio, strata, period, outcomes), concealed and reproducible assignment of pseudonymised subjects
 * by stratified permuted blocks, outcomes recorded by the consultant, the citizen's answers or a CSV import, and the
 * analysis (CONSORT flow, balance, intention-to-treat difference with a Newcombe interval, time to employment) with
 * small cells suppressed. Trial tables hold pseudonyms only.
 * Published API: {@link dk.rekrut.trial.Trials} and the value types it takes and returns.
 */
@ApplicationModule(displayName = "Trial")
package dk.rekrut.trial;

import org.springframework.modulith.ApplicationModule;
