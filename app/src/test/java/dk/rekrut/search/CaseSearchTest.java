package dk.rekrut.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import dk.rekrut.application.ApplicantSearch;
import dk.rekrut.application.ApplicationStatus;
import dk.rekrut.organisation.Role;
import dk.rekrut.recruitment.Cases;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An applicant search reads the cases the user may see once, and takes the title matches from that same list. */
class CaseSearchTest {

    private final Cases cases = mock(Cases.class);
    private final ApplicantSearch applicants = mock(ApplicantSearch.class);
    private final CurrentUser hr = new CurrentUser(UUID.randomUUID(), "hr", "HR", UUID.randomUUID(), Role.HR_EXTENDED);

    private static RecruitmentCase titled(String title) {
        var c = mock(RecruitmentCase.class);
        var id = UUID.randomUUID();
        when(c.id()).thenReturn(id);
        when(c.title()).thenReturn(title);
        return c;
    }

    @Test
    void anApplicantSearchListsTheCasesOnceAndFiltersTheirTitlesAsTheDatabaseDoes() {
        var economist = titled("Økonom til Kontoret");
        var lawyer = titled("Jurist");
        var chief = titled("Kontorchef");
        when(cases.list(eq(hr), any(Cases.ListQuery.class))).thenReturn(List.of(economist, lawyer, chief));
        var karen = new ApplicantSearch.Found(UUID.randomUUID(), lawyer.id(), "1", "Kontor-Karen", ApplicationStatus.RECEIVED);
        when(applicants.find(eq(hr), anyList(), eq("kontor"))).thenReturn(List.of(karen));

        var results = new CaseSearch(cases, applicants).search(hr, SearchQuery.of("  kontor "));

        assertThat(results.cases()).containsExactly(economist, chief);
        assertThat(results.casesOfApplicants()).containsExactly(lawyer);
        assertThat(mockingDetails(cases).getInvocations()).hasSize(1);
    }

    @Test
    void aSearchTooShortForApplicantsLetsTheDatabaseFilterTheTitles() {
        var economist = titled("Økonom");
        when(cases.list(eq(hr), any(Cases.ListQuery.class), anyInt())).thenReturn(List.of(economist));

        var results = new CaseSearch(cases, applicants).search(hr, SearchQuery.of("ø"));

        assertThat(results.cases()).containsExactly(economist);
        assertThat(results.applicants()).isEmpty();
        assertThat(mockingDetails(cases).getInvocations()).hasSize(1);
        assertThat(mockingDetails(applicants).getInvocations()).isEmpty();
    }
}
