package dk.rekrut.matching.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One sub-command of the command line. Prints only JSON on {@code out}; bad input throws {@link UsageException}. */
interface Command {

    /** One line for {@code --help}: the synopsis. */
    String synopsis();

    /** A few lines for {@code --help}: what the command does and its options. */
    String help();

    void run(List<String> args, InputStream in, PrintStream out) throws Exception;
}
