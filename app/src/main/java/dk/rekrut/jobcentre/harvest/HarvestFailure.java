package dk.rekrut.jobcentre.harvest;

import dk.rekrut.jobcentre.Run;

/**
 * A source that cannot be read at all (unreachable, refused address, HTTP error, timeout, too large, not a feed). The
 * run fails and changes no posting. {@code code} names a message {@code jobcentre.error.<code>}; no fetched content.
 */
public class HarvestFailure extends Exception {

    private final String code;
    private final int detail;

    public HarvestFailure(String code, int detail) {
        super(code + ":" + detail, null, false, false);
        this.code = code;
        this.detail = detail;
    }

    public HarvestFailure(String code) {
        this(code, 0);
    }

    public Run.Message message() {
        return new Run.Message(code, detail);
    }
}
