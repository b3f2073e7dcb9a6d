package dk.rekrut.redaction;

/** What kind of personal data a span is, and the label that replaces it in a redacted document. */
public enum SpanType {
    NAME("[NAVN]"),
    EMAIL("[E-MAIL]"),
    PHONE("[TELEFON]"),
    ADDRESS("[ADRESSE]"),
    BIRTH_DATE("[FØDSELSDATO]"),
    AGE("[ALDER]"),
    CPR("[CPR]"),
    URL("[LINK]"),
    GENDER("[KØN]"),
    FAMILY("[FAMILIEFORHOLD]"),
    ORIGIN("[OPRINDELSE]"),
    RELIGION("[RELIGION]"),
    // Special categories (GDPR art. 9) besides religion, and a native language level, which reveals origin.
    HEALTH("[HELBRED]"),
    TRADE_UNION("[FAGFORENING]"),
    POLITICS("[POLITISK]"),
    SEXUALITY("[SEKSUALITET]"),
    LANGUAGE_LEVEL("[FLYDENDE]"),
    /** Bank account: IBAN, Danish registration and account number. */
    ACCOUNT("[KONTONUMMER]"),
    /** Passport, driving licence, MitID user name and other ID numbers. */
    ID_NUMBER("[ID-NUMMER]");

    private final String label;

    SpanType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
