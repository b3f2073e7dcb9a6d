package dk.rekrut.search;

import dk.rekrut.application.ApplicantSearch;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * One search over what the user may see: the cases whose title holds the text, and the applicants of ordinary cases
 * whose name or e-mail holds it. The cases come from {@link Cases#list}, whose access rule has the last word per case;
 * {@link ApplicantSearch} checks it again for every case it searches.
 */
@Service
class CaseSearch {

    /** At most this many cases on the page; the page says when there may be more. */
    static final int CASE_LIMIT = 50;

    record Results(SearchQuery query, List<RecruitmentCase> cases, List<ApplicantSearch.Found> applicants,
                   List<RecruitmentCase> casesOfApplicants) {

        boolean empty() {
            return cases.isEmpty() && applicants.isEmpty();
        }

        boolean moreCases() {
            return cases.size() >= CASE_LIMIT;
        }

        boolean moreApplicants() {
            return applicants.size() >= ApplicantSearch.LIMIT;
        }
    }

    private final Cases cases;
    private final ApplicantSearch applicants;

    CaseSearch(Cases cases, ApplicantSearch applicants) {
        this.cases = cases;
        this.applicants = applicants;
    }

    Results search(CurrentUser user, SearchQuery q) {
        if (q.blank()) {
            return new Results(q, List.of(), List.of(), List.of());
        }
        // Scope UNIT is every case HR with unit-wide rights may see; for every other role Cases narrows it to their own.
        if (!q.searchesApplicants()) {
            // Titles only: the database filters, and reads no further than the first CASE_LIMIT cases the user may see.
            return new Results(q, cases.list(user, new Cases.ListQuery(Cases.Scope.UNIT, q.text(), null, null), CASE_LIMIT),
                List.of(), List.of());
        }
        // Applicants: the cases the user may see, each by the access policy, are the search's scope; the database
        // finds the applicants in them by name or e-mail (ApplicantSearch), at most its limit. The same list, read
        // once, gives the titles: in its order, filtered as the database filters a title (lower case, as typed).
        List<RecruitmentCase> visible = cases.list(user, new Cases.ListQuery(Cases.Scope.UNIT, null, null, null));
        String text = q.text().toLowerCase(Locale.ROOT);
        var matching = visible.stream().filter(c -> c.title().toLowerCase(Locale.ROOT).contains(text)).limit(CASE_LIMIT)
            .toList();
        List<ApplicantSearch.Found> found = visible.isEmpty() ? List.of() : applicants.find(user, visible, q.text());
        var caseIds = found.stream().map(ApplicantSearch.Found::caseId).collect(Collectors.toSet());
        var ofApplicants = visible.stream().filter(c -> caseIds.contains(c.id())).toList();
        return new Results(q, matching, found, ofApplicants);
    }
}
