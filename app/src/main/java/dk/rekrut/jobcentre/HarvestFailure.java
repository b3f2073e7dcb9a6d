package dk.rekrut.jobcentre;

/**
 * A source that cannot be read at all (unreachable, refused address, HTTP error, timeout, too large, not a feed). The
 * run fails and changes no posting. {@code code} names a message {@code jobcentre.error.<code>}; no fetched content.
 */
class HarvestFailure extends Exception {

    private final String code;
    private final int detail;

    HarvestFailure(String code, int detail) {
        super(code + ":" + detail, null, false, false);
        this.code = code;
        this.detail = detail;
    }

    HarvestFailure(String code) {
        this(code, 0);
    }

    Run.Message message() {
        return new Run.Message(code, detail);
    }
}
