package dk.rekrut.application;

import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Finding applicants by name or e-mail across the cases a user works on. Identity stays in this module
 * ({@code ModularityTests}), so the search is here, under the rule of the overviews ({@link CandidateNames}): only in
 * ordinary cases the user may see, where everyone on the case team may know who applied. An anonymous case is never
 * searched, for anyone, HR included: a committee member must not find a candidate by name, and a hit would tell HR's
 * screen-sharing audience who applied just the same.
 */
@Service
public class ApplicantSearch {

    /** The shortest text that searches applicants: one letter would list nearly everyone. */
    public static final int MIN_LENGTH = 2;
    /** At most this many applicants per search; the page says when there may be more. */
    public static final int LIMIT = 50;

    /** One applicant found: the application (candidate page) and the case it belongs to. */
    public record Found(UUID applicationId, UUID caseId, String candidateNumber, String name, ApplicationStatus status) {
        @Override
        public String toString() {
            return "Found[" + applicationId + "]"; // no name in logs
        }
    }

    private final ApplicationRepository repository;
    private final CaseAccess access;
    private final ApplicantViews views;

    ApplicantSearch(ApplicationRepository repository, CaseAccess access, ApplicantViews views) {
        this.repository = repository;
        this.access = access;
        this.views = views;
    }

    /**
     * The applicants whose name or e-mail contains {@code text}, among the ordinary cases of {@code cases} that the
     * user may see (the others are left out, whatever the caller passes), at most {@link #LIMIT}, in name order; the
     * database filters by case and text, and each hit is audited as an identity read (through
     * {@link ApplicantViews}). Empty for a text shorter than {@link #MIN_LENGTH}.
     */
    public List<Found> find(CurrentUser user, Collection<RecruitmentCase> cases, String text) {
        if (text == null || text.strip().length() < MIN_LENGTH) {
            return List.of();
        }
        List<UUID> searchable = cases.stream().filter(c -> mayBeSearched(user, c)).map(RecruitmentCase::id).toList();
        if (searchable.isEmpty()) {
            return List.of();
        }
        var names = views.namesMatching(user, searchable, text, LIMIT);
        if (names.isEmpty()) {
            return List.of();
        }
        Map<UUID, Application> applications = repository.findAllWithoutAnswers(names.keySet()).stream()
            .collect(Collectors.toMap(Application::id, Function.identity()));
        var collator = Collator.getInstance(Locale.forLanguageTag("da"));
        return names.entrySet().stream()
            .filter(e -> applications.containsKey(e.getKey()))
            .map(e -> {
                var a = applications.get(e.getKey());
                return new Found(a.id(), a.caseId(), a.candidateNumber(), e.getValue(), a.status());
            })
            .sorted(Comparator.comparing(Found::name, collator))
            .toList();
    }

    /** Searched for applicants: an ordinary case the user may see (everyone who sees it may know who applied). */
    private boolean mayBeSearched(CurrentUser user, RecruitmentCase c) {
        return !c.anonymous() && access.canView(user, c);
    }
}
