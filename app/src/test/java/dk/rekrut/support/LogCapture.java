package dk.rekrut.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Every log line of the test suite, from the moment the shared test context starts: the message and every
 * exception in its chain (class, message, suppressed and causes), so a test can grep the whole log for personal
 * data. Attached to the root logger and attached again when Logback is reset (another test context starting).
 */
public final class LogCapture extends AppenderBase<ILoggingEvent> {

    private static final LogCapture INSTANCE = new LogCapture();

    private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();

    private LogCapture() {
    }

    /** The one capture of this JVM, attached to the root logger. */
    public static synchronized LogCapture install() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (!INSTANCE.isStarted()) {
            INSTANCE.setContext(context);
            INSTANCE.setName("rekrut-test-capture");
            INSTANCE.start();
            context.addListener(new ReAttach());
        }
        attach(context);
        return INSTANCE;
    }

    private static void attach(LoggerContext context) {
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender(INSTANCE.getName()) == null) {
            root.addAppender(INSTANCE);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        var text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        throwable(event.getThrowableProxy(), text, 0);
        lines.add(text.toString());
    }

    private static void throwable(IThrowableProxy t, StringBuilder text, int depth) {
        if (t == null || depth > 20) {
            return;
        }
        text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        for (var s : t.getSuppressed()) {
            throwable(s, text, depth + 1);
        }
        throwable(t.getCause(), text, depth + 1);
    }

    /** The lines logged so far (by the whole suite in this JVM) that contain {@code text}, ignoring case. */
    public List<String> linesContaining(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        var out = new ArrayList<String>();
        for (String line : lines) {
            if (line.toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            }
        }
        return out;
    }

    public int size() {
        return lines.size();
    }

    /** Attaches the capture again after Logback is reset and configured anew. */
    private static final class ReAttach implements LoggerContextListener {
        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onStart(LoggerContext context) {
            attach(context);
        }

        @Override
        public void onReset(LoggerContext context) {
            attach(context);
        }

        @Override
        public void onStop(LoggerContext context) {
        }

        @Override
        public void onLevelChange(Logger logger, ch.qos.logback.classic.Level level) {
        }
    }
}
