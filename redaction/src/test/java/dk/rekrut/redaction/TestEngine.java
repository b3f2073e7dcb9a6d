package dk.rekrut.redaction;

/** One engine for all tests: loading the gazetteers once keeps the test run short. */
final class TestEngine {

    private static final RedactionEngine ENGINE = new RedactionEngine();

    private TestEngine() {
    }

    static RedactionEngine get() {
        return ENGINE;
    }
}
