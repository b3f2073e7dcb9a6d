package dk.rekrut.matching.posting;

/** A postings file that cannot be indexed: names the line (1-based) and, where there is one, the field at fault. */
public final class PostingFileException extends RuntimeException {

    private final int line;
    private final String field;

    public PostingFileException(int line, String field, String problem) {
        super("line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
        this.line = line;
        this.field = field;
    }

    public int line() {
        return line;
    }

    /** The field at fault, or null when the whole line is (not JSON, not an object). */
    public String field() {
        return field;
    }
}
