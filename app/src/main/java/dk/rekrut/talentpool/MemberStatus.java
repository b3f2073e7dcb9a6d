package dk.rekrut.talentpool;

/** OFFERED and UNCONFIRMED are not members yet: only the person's own acceptance by the link makes them ACTIVE. */
public enum MemberStatus {
    OFFERED, UNCONFIRMED, ACTIVE;

    /** A member by their own acceptance: only then may their details be changed and their consent be renewed. */
    public boolean isActive() {
        return this == ACTIVE;
    }
}
