package dk.rekrut.matching.match;

/** A profile the engine cannot match: an empty CV, an unknown postcode, a bad commute. The message says which. */
public final class BadProfileException extends RuntimeException {

    public BadProfileException(String message) {
        super(message);
    }
}
