package dk.rekrut.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Unit;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.Category;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.shared.Time;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may see. One rule for list, page, feeds and API: the case is published, its deadline has
 * not passed, and the posting has a publication running today (in the medium asked for). Evaluated at read
 * time against the clock, so a posting disappears the moment its deadline passes, with no job to run.
 */
@Service
public class PublicPostings {

    /** A posting as the public sees it. */
    public record PublicPosting(Posting posting, RecruitmentCase recruitmentCase, Unit unit, LocalDate datePosted,
                                List<Publication> runningPublications) {
        public UUID id() {
            return posting.id();
        }
    }

    public record Filter(String text, String location, Category category, UUID unitId) {
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    private final PublicationRepository repository;
    private final Cases cases;
    private final OrganisationDirectory directory;
    private final Clock clock;

    PublicPostings(PublicationRepository repository, Cases cases, OrganisationDirectory directory, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    /** Rekrut's own public job list. */
    public List<PublicPosting> jobList(Filter filter) {
        return running(repository.activeOn(today(), null, MediumKind.OWN_SITE), filter);
    }

    /** What one medium's feed carries now. */
    public List<PublicPosting> forMedium(Medium medium) {
        return running(repository.activeOn(today(), medium.id(), null), Filter.NONE);
    }

    /** A posting page is shown while the posting runs in any medium (an intranet-only posting has a page too). */
    public Optional<PublicPosting> page(UUID postingId) {
        return running(repository.activeOn(today(), postingId), Filter.NONE).stream().findFirst();
    }

    /**
     * The case an applicant may apply to through this posting now: the same rule as {@link #page}, read without the
     * page's unit and history, and without the case's team and interview dates, which applying does not use (two
     * queries instead of seven on the submission path).
     */
    public Optional<RecruitmentCase> openForApplications(UUID postingId) {
        Instant now = clock.instant();
        return repository.caseOfPostingRunningOn(today(), postingId).flatMap(cases::findWithoutTeam)
            .filter(c -> c.isOpenForApplications(now));
    }

    /** The institution's own job list as a medium, if it has one: its links carry it, so applications count for it. */
    public Optional<Medium> ownSite() {
        return repository.media().stream().filter(m -> m.active() && m.kind() == MediumKind.OWN_SITE).findFirst();
    }

    public Optional<Medium> medium(String code) {
        return code == null ? Optional.empty() : repository.recentMediumByCode(code.toLowerCase(Locale.ROOT)).filter(Medium::active);
    }

    @Transactional
    public void recordVisit(UUID postingId, Medium medium) {
        repository.recordVisit(postingId, medium.id(), clock.instant());
    }

    public int visits(UUID postingId, UUID mediumId) {
        return repository.visits(postingId, mediumId);
    }

    private List<PublicPosting> running(List<Publication> publications, Filter f) {
        Map<UUID, List<Publication>> byPosting = publications.stream().collect(Collectors.groupingBy(Publication::postingId));
        if (byPosting.isEmpty()) {
            return List.of();
        }
        Map<UUID, Posting> postings = byPosting.keySet().stream().map(repository::posting).flatMap(Optional::stream)
            .collect(Collectors.toMap(Posting::caseId, Function.identity()));
        Instant now = clock.instant();
        Set<UUID> units = f.unitId() == null ? null : directory.subtree(f.unitId());
        return cases.findAll(postings.keySet()).stream()
            .filter(c -> c.isOpenForApplications(now))
            .filter(c -> matches(c, f, units))
            .map(c -> {
                Posting p = postings.get(c.id());
                var all = repository.publications(p.id());
                LocalDate posted = all.stream().map(Publication::startsOn).min(Comparator.naturalOrder()).orElse(today());
                return new PublicPosting(p, c, directory.unit(c.unitId()).orElse(null), posted, byPosting.get(p.id()));
            })
            .sorted(Comparator.comparing((PublicPosting pp) -> pp.recruitmentCase().deadline())
                .thenComparing(pp -> pp.recruitmentCase().title()))
            .toList();
    }

    private static boolean matches(RecruitmentCase c, Filter f, Set<UUID> units) {
        if (f.category() != null && c.category() != f.category()) {
            return false;
        }
        if (units != null && !units.contains(c.unitId())) {
            return false;
        }
        if (f.location() != null && !f.location().isBlank()) {
            String loc = f.location().strip().toLowerCase(Locale.ROOT);
            String town = c.terms().workplaceTown() == null ? "" : c.terms().workplaceTown().toLowerCase(Locale.ROOT);
            String postal = c.terms().workplacePostalCode() == null ? "" : c.terms().workplacePostalCode();
            if (!town.contains(loc) && !postal.startsWith(loc)) {
                return false;
            }
        }
        if (f.text() != null && !f.text().isBlank()) {
            String hay = (c.title() + " " + nz(c.profile().tasks()) + " " + nz(c.profile().professionalCompetencies()))
                .toLowerCase(Locale.ROOT);
            for (String word : f.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!hay.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private LocalDate today() {
        return Time.today(clock);
    }
}
