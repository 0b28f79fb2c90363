package org.newsgraph.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code -q}, {@code -v} and {@code --debug}, which every command takes: how much NewsGraph and the
 * libraries under it say on stderr. Quiet leaves errors only (no progress bar, no request log);
 * the default adds warnings and, in {@code serve}, one line per request; verbose adds the
 * libraries' information messages (Fuseki's own action log among them); debug adds their debug
 * messages and the stack trace of an unexpected error. The level goes to SLF4J's simple logger,
 * which reads it when the first logger is made: a command sets it before it opens anything.
 */
public final class Verbosity {

    /** How much to say. */
    public enum Level { QUIET, NORMAL, VERBOSE, DEBUG }

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private static volatile Level level = Level.NORMAL;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Say only what went wrong: no progress, no request log.")
    void quiet(boolean on) {
        set(on, Level.QUIET);
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Also say what the libraries do (information messages).")
    void verbose(boolean on) {
        set(on, Level.VERBOSE);
    }

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Also print debug messages and the stack trace of an unexpected error.")
    void debug(boolean on) {
        set(on, Level.DEBUG);
    }

    /** Back to the default level, for a new command line in the same process. */
    static void reset() {
        level = Level.NORMAL;
    }

    /** The level the command line asked for. */
    public static Level level() {
        return level;
    }

    /** Whether to leave out everything but errors. */
    public static boolean quiet() {
        return level == Level.QUIET;
    }

    private static void set(boolean on, Level asked) {
        if (!on) {
            return;
        }
        level = asked;
        System.setProperty(SIMPLE_LOGGER_LEVEL, switch (asked) {
            case QUIET -> "error";
            case NORMAL -> "warn";
            case VERBOSE -> "info";
            case DEBUG -> "debug";
        });
    }
}
