package dk.rekrut.recruitment;

/**
 * One point of a case's closing checklist, met or not. A required point (every applicant has an outcome, every
 * hearing is done) blocks closing; a point that may be waived (the deadline has passed, no interview ahead, no
 * reference pending, no medium still running) lets HR close early when they state why.
 *
 * @param key message key that names the point as it should be ("Ansøgningsfristen er udløbet")
 */
public record ClosingCheck(String key, boolean met, boolean waivable) {

    public static ClosingCheck required(String key, boolean met) {
        return new ClosingCheck(key, met, false);
    }

    public static ClosingCheck waivable(String key, boolean met) {
        return new ClosingCheck(key, met, true);
    }
}
