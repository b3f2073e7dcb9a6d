package dk.rekrut.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Names for the overviews of many candidates (the pipeline board, the candidate table) under the rule of the privacy
 * door ({@link ApplicantViews#namesForOverview}), and the name for the interview panel's letter. Identity stays in
 * this module ({@code ModularityTests}).
 */
@Service
public class CandidateNames {

    private final ApplicantViews views;
    private final IdentityAccess identities;

    CandidateNames(ApplicantViews views, IdentityAccess identities) {
        this.views = views;
        this.identities = identities;
    }

    /** {@link ApplicantViews#namesForOverview}: the one rule for names on pages of many candidates. */
    public Map<UUID, String> forOverview(CurrentUser user, RecruitmentCase c, Collection<Application> shown) {
        return views.namesForOverview(user, c, shown);
    }

    /**
     * The candidate's name for the interview panel's calendar letter, under the same rule: in an ordinary case the
     * panel (the case team) may know who applied; in an anonymous case there is no name, and nothing is read. Audited.
     */
    public Optional<String> forPanelLetter(RecruitmentCase c, Application a) {
        if (c.anonymous() || !a.caseId().equals(c.id())) {
            return Optional.empty();
        }
        return Optional.ofNullable(identities.names(List.of(a.id()), "panel invitation").get(a.id()));
    }
}
