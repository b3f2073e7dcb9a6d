package dk.rekrut.recruitment;

import java.util.UUID;
import dk.rekrut.organisation.OrganisationDirectory;
import dk.rekrut.organisation.Role;
import dk.rekrut.security.CurrentUser;
import dk.rekrut.shared.ForbiddenException;
import dk.rekrut.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who may do what with which case: the object-level half of docs/roles.md. Every case route and every
 * module acting on a case asks here. A case the user may not see answers 404, so its existence is not revealed.
 */
@Service
public class CaseAccess {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;

    CaseAccess(CaseRepository cases, OrganisationDirectory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    /** HR with extended or limited rights may create cases in their own unit and below. */
    public boolean canCreateIn(CurrentUser user, UUID unitId) {
        return user.is(Role.HR_EXTENDED, Role.HR_LIMITED) && directory.isWithin(unitId, user.unitId());
    }

    /**
     * Moving a case to another unit changes who sees it (every HR of the new unit and above), so only HR with extended
     * rights moves one, and only into their own unit and below: HR with limited rights handles the cases it is attached
     * to and must not widen or narrow their audience (security review observation); case-handling HR cannot create.
     */
    public boolean canMoveTo(CurrentUser user, UUID unitId) {
        return user.is(Role.HR_EXTENDED) && directory.isWithin(unitId, user.unitId());
    }

    public boolean canCreate(CurrentUser user) {
        return user.is(Role.HR_EXTENDED, Role.HR_LIMITED);
    }

    public boolean canView(CurrentUser user, RecruitmentCase c) {
        return switch (user.role()) {
            case HR_EXTENDED, HR_CASE_HANDLING -> directory.isWithin(c.unitId(), user.unitId());
            // Only through the team (creating a case attaches them), so removing them from it revokes access (review M2).
            case HR_LIMITED -> c.hasMember(user.id(), TeamRole.HANDLER);
            case HIRING_MANAGER -> c.hasMember(user.id(), TeamRole.HIRING_MANAGER);
            case ASSESSMENT_COMMITTEE, HIRING_COMMITTEE -> c.hasMember(user.id(), TeamRole.CHAIR, TeamRole.COMMITTEE_MEMBER);
            case ADMIN_SUPPORT -> c.hasMember(user.id(), TeamRole.ADMIN_SUPPORT);
            case ADMINISTRATOR, COMMUNICATIONS, JOB_CONSULTANT, JOBCENTRE_MANAGER, ANALYST -> false;
        };
    }

    /** Change the job profile, posting text and deadline. */
    public boolean canEdit(CurrentUser user, RecruitmentCase c) {
        return canManage(user, c) || (user.is(Role.HIRING_MANAGER) && canView(user, c));
    }

    /** Publish, close, archive, attach the case team, set publication periods. */
    public boolean canManage(CurrentUser user, RecruitmentCase c) {
        return user.is(Role.HR_EXTENDED, Role.HR_CASE_HANDLING, Role.HR_LIMITED) && canView(user, c);
    }

    /** {@link #canManage(CurrentUser, RecruitmentCase)} for a case by id; false for a case that does not exist. */
    public boolean canManage(CurrentUser user, UUID caseId) {
        return cases.find(caseId).filter(c -> canManage(user, c)).isPresent();
    }

    public RecruitmentCase requireView(CurrentUser user, UUID caseId) {
        var c = cases.find(caseId).orElseThrow(() -> new NotFoundException("case"));
        if (!canView(user, c)) {
            throw new NotFoundException("case");
        }
        return c;
    }

    public RecruitmentCase requireEdit(CurrentUser user, UUID caseId) {
        var c = requireView(user, caseId);
        if (!canEdit(user, c)) {
            throw new ForbiddenException("edit case");
        }
        return c;
    }

    public RecruitmentCase requireManage(CurrentUser user, UUID caseId) {
        var c = requireView(user, caseId);
        if (!canManage(user, c)) {
            throw new ForbiddenException("manage case");
        }
        return c;
    }
}
