package dk.rekrut.recruitment;

import dk.rekrut.organisation.Role;

/** A person's part in one case. Which user roles may hold which part is fixed here. */
public enum TeamRole {
    HANDLER, HIRING_MANAGER, CHAIR, COMMITTEE_MEMBER, ADMIN_SUPPORT;

    boolean fits(Role role) {
        return switch (this) {
            case HANDLER -> role.isHr();
            case HIRING_MANAGER -> role == Role.HIRING_MANAGER;
            case CHAIR, COMMITTEE_MEMBER -> role.isCommittee();
            case ADMIN_SUPPORT -> role == Role.ADMIN_SUPPORT;
        };
    }
}
