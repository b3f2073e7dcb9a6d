package dk.rekrut.matching.cli;

/** Bad input from the user: the command ends with exit code 2 and this one-line message on stderr. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
