package dk.rekrut.recruitment;

/** Kinds of employment, named as schema.org's JobPosting.employmentType values. */
public enum EmploymentType {
    FULL_TIME, PART_TIME, TEMPORARY, INTERN, OTHER
}
