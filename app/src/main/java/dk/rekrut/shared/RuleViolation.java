package dk.rekrut.shared;

/**
 * A domain rule that the requested change breaks. Carries a message key so the UI can say
 * in Danish or English what to do; never carries personal data.
 */
public class RuleViolation extends RuntimeException {
    private final String messageKey;
    private final Object[] args;

    public RuleViolation(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
