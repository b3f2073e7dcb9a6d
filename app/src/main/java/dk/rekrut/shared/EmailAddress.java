package dk.rekrut.shared;

import java.util.regex.Pattern;

/**
 * The one check of an e-mail address that comes in (applicant, job agent, talent pool, users, case contact): an
 * address the mail transport accepts. The local part is letters a-z, digits and {@code ! # $ % & ' * + / = ? ^ _ `
 * { | } ~ -} in dot-separated words; the domain is ASCII labels with a top-level domain of letters. Quoted local
 * parts, Danish letters and internationalised domains are refused (rare, and not every mail server takes them).
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern ADDRESS = Pattern.compile(
        "^(?=.{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}$");

    private EmailAddress() {
    }

    /** Whether the address (stripped of surrounding blanks) is valid. */
    public static boolean isValid(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        return a.length() <= MAX_LENGTH && ADDRESS.matcher(a).matches();
    }
}
