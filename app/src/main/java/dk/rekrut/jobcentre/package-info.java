/**
 * The job centre (issue 19), its foundations: posting sources kept by the administrator or the job-centre manager
 * (Rekrut's own postings, RSS/Atom, JSON Feed, schema.org JobPosting pages or sitemaps, CSV / JSON Lines uploads),
 * harvesting coordinated through the database (a lease per source, back-off, a run log with counts), and the
 * harvested postings, one per job however many portals carry it, in the shape the matching engine indexes.
 * Published API: {@link dk.rekrut.jobcentre.Sources}, {@link dk.rekrut.jobcentre.Harvester},
 * {@link dk.rekrut.jobcentre.HarvestedPostings}.
 */
@ApplicationModule(displayName = "Job centre")
package dk.rekrut.jobcentre;

import org.springframework.modulith.ApplicationModule;
