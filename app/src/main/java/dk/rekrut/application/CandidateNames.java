package dk.rekrut.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import dk.rekrut.identity.IdentityAccess;
import dk.rekrut.recruitment.CaseAccess;
import dk.rekrut.recruitment.RecruitmentCase;
import dk.rekrut.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Names for the overviews of many candidates (the pipeline board, the candidate table), read here because identity
 * stays in this module ({@code ModularityTests}). Only in an ordinary case: an anonymous case shows candidate numbers
 * in its overviews to everyone, HR included, so a name never lands on a screen the committee may be looking at.
 */
@Service
public class CandidateNames {

    private final CaseAccess access;
    private final IdentityAccess identities;

    CandidateNames(CaseAccess access, IdentityAccess identities) {
        this.access = access;
        this.identities = identities;
    }

    /**
     * The names of the case's candidates among {@code shown} for this reader, by application id; empty in an anonymous
     * case. Applications of another case are left out, whatever the caller passes.
     */
    public Map<UUID, String> forOverview(CurrentUser user, RecruitmentCase c, Collection<Application> shown) {
        access.requireView(user, c.id());
        var ids = shown.stream().filter(a -> a.caseId().equals(c.id())).map(Application::id).toList();
        if (c.anonymous() || ids.isEmpty()) {
            return Map.of();
        }
        return identities.names(ids, "case overview by " + user.role());
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
