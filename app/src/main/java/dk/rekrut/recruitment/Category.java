package dk.rekrut.recruitment;

/** Job categories used for filters, feeds and statistics. Labels are in the message bundles. */
public enum Category {
    ADMINISTRATION, IT, HEALTH, EDUCATION, CHILDCARE, SOCIAL, TECHNICAL, FINANCE, COMMUNICATION, MANAGEMENT, LEGAL, OTHER
}
