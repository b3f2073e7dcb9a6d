/**
 * The job agent: anyone subscribes on the public site with criteria (keywords, category, location or postal
 * area, unit) and an e-mail address, confirmed by double opt-in; a daily digest lists exactly the postings that
 * became publicly visible since the last one and match, none twice; every e-mail carries a one-click unsubscribe
 * link (and List-Unsubscribe/List-Unsubscribe-Post headers); unconfirmed subscriptions are deleted. Reads what is
 * public only through {@code PublicPostings}. Published API: {@link dk.rekrut.jobagent.JobAgent},
 * {@link dk.rekrut.jobagent.JobAgentDigest}.
 */
@ApplicationModule(displayName = "Job agent")
package dk.rekrut.jobagent;

import org.springframework.modulith.ApplicationModule;
