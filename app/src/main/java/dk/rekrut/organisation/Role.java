package dk.rekrut.organisation;

/**
 * The nine user roles of the Danish State's eRekruttering guide, and the job centre's three (issue 19), which have no
 * recruitment rights. See docs/roles.md for the rights.
 */
public enum Role {
    ADMINISTRATOR,
    COMMUNICATIONS,
    HR_EXTENDED,
    HR_CASE_HANDLING,
    HR_LIMITED,
    HIRING_MANAGER,
    ASSESSMENT_COMMITTEE,
    HIRING_COMMITTEE,
    ADMIN_SUPPORT,
    JOB_CONSULTANT,
    JOBCENTRE_MANAGER,
    ANALYST;

    public boolean isAdministrator() {
        return this == ADMINISTRATOR;
    }

    /** The job centre's consultant, who follows their own citizens. */
    public boolean isJobConsultant() {
        return this == JOB_CONSULTANT;
    }

    /** Keeps the layouts and mail templates: communications. */
    public boolean writesContent() {
        return this == COMMUNICATIONS;
    }

    public boolean isHr() {
        return this == HR_EXTENDED || this == HR_CASE_HANDLING || this == HR_LIMITED;
    }

    public boolean isCommittee() {
        return this == ASSESSMENT_COMMITTEE || this == HIRING_COMMITTEE;
    }

    /** Roles whose holders are attached to individual cases rather than seeing a unit's cases. */
    public boolean isCaseSpecific() {
        return this == HIRING_MANAGER || isCommittee() || this == ADMIN_SUPPORT || this == HR_LIMITED;
    }

    /** The job centre's roles: consultant, manager and analyst. */
    public boolean isJobcentre() {
        return this == JOB_CONSULTANT || this == JOBCENTRE_MANAGER || this == ANALYST;
    }

    /** Works on recruitment cases: everyone but the administrator, communications and the job centre's roles. */
    public boolean worksOnCases() {
        return this != ADMINISTRATOR && this != COMMUNICATIONS && !isJobcentre();
    }

    /** Reads the recruitment statistics: the administrator and HR. */
    public boolean readsStatistics() {
        return this == ADMINISTRATOR || isHr();
    }

    /** Keeps the job centre's posting sources: the administrator (a source is a URL the server fetches) and the manager. */
    public boolean keepsPostingSources() {
        return this == ADMINISTRATOR || this == JOBCENTRE_MANAGER;
    }

    /** Reads the randomised trials of their unit: the job-centre manager and the analyst (aggregates only). */
    public boolean readsTrials() {
        return this == JOBCENTRE_MANAGER || this == ANALYST;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
