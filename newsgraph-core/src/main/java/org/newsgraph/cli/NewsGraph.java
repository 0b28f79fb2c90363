package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.newsgraph.NewsGraphException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code newsgraph} command: build, serve, up, query, export, validate, extract, load. Parses arguments and
 * calls the stages; nothing else. Exit codes: 0 success, 1 a failed check, 2 bad usage.
 */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, version = "newsgraph 0.1.0",
        description = "News articles to a SPARQL knowledge graph with evidence and Wikidata links.",
        subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, EvalCommand.class, CalibrateCommand.class, BenchCommand.class,
                ExtractCommand.class, LoadCommand.class, CommandLine.HelpCommand.class})
public final class NewsGraph implements Runnable {

    /** Exit code of a failed check: validation errors, a build that skipped input. */
    static final int FAILED_CHECK = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Verbosity verbosity;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with NewsGraph's error handling: one line on stderr, exit 1 or 2. */
    public static CommandLine commandLine() {
        Verbosity.reset();
        CommandLine cli = new CommandLine(new NewsGraph());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof NewsGraphException || e instanceof IllegalArgumentException) {
                err.println("newsgraph " + commandLine.getCommandName() + ": " + e.getMessage());
                return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : FAILED_CHECK;
            }
            if (Verbosity.level() == Verbosity.Level.DEBUG || System.getenv("NEWSGRAPH_DEBUG") != null) {
                throw e;
            }
            // Anything else is a fault of ours or of the machine: one line, the trace on request.
            err.println("newsgraph " + commandLine.getCommandName() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + " (--debug for the stack trace)");
            return FAILED_CHECK;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The folder NewsGraph was installed in: the launcher sets it; else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("newsgraph.home", "."));
    }

    /** The bundled sample corpus. */
    static Path bundledCorpus() {
        return home().resolve("corpus");
    }
}
