package org.naswot.cli;

import org.naswot.score.LibtorchLocator;

import java.io.PrintWriter;
import org.naswot.common.UserFacingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code naswot} command line. Without arguments it opens the explorer window. User errors (bad
 * options, malformed architectures, missing data) end with exit code 2 and one line on stderr, never a
 * stack trace; unexpected failures end with exit code 1 and the trace.
 */
@Command(name = "naswot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Training-free neural architecture search: the NASWOT score (Mellor et al., ICML 2021).",
        subcommands = {
            ScoreCommand.class,
            ScoreSpaceCommand.class,
            BenchCommand.class,
            SearchCommand.class,
            ReproduceCommand.class,
            ExportCommand.class,
            RunsCommand.class,
            SweepCommand.class,
            ProxiesCommand.class,
            FigureCommand.class,
            ReportCommand.class,
            DataCommand.class,
            BenchmarkCommand.class,
            GuiCommand.class,
            DoctorCommand.class,
            SpacesCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @CommandLine.Option(names = "--libtorch", paramLabel = "DIR", description = "The libtorch to load (a folder "
            + "with libtorch.so, e.g. a pip torch's torch/lib); also NASWOT_LIBTORCH. Without it: a pip-installed torch "
            + LibtorchLocator.REQUIRED_VERSION + " in the active virtualenv/conda env or python3, then DJL's cache, "
            + "then the bundled CPU build (naswot doctor shows what was found).")
    String libtorch;

    public static void main(String[] args) {
        InstalledFolders.apply(System.getenv());
        // before anything starts the engine: which libtorch to load (read from the arguments, as picocli parses later)
        LibtorchLocator.apply(libtorchArgument(args), LibtorchLocator.realMachine());
        System.exit(execute(args));
    }

    /** The value of a leading {@code --libtorch DIR} or {@code --libtorch=DIR}, or null. */
    static String libtorchArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--libtorch") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--libtorch=")) {
                return args[i].substring("--libtorch=".length());
            }
        }
        return null;
    }

    public static int execute(String... args) {
        // no arguments: the desktop application
        return commandLine().execute(args.length == 0 ? new String[] {"gui"} : args);
    }

    static CommandLine commandLine() {
        // --space's help lists the registered spaces (picocli reads ${sys:naswot.spaces} when it prints help)
        System.setProperty("naswot.spaces", org.naswot.spaces.SpaceModules.helpNames());
        CommandLine cl = new CommandLine(new Main());
        ReproduceCommand.narrowSpaceHelp(cl.getSubcommands().get("reproduce").getCommandSpec());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            UserFacingException user = userFacingCause(ex);
            if (user != null) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + user.getMessage());
                return USER_ERROR;
            }
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": internal error: " + ex);
            ex.printStackTrace(cmd.getErr());
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            String name = ex.getCommandLine().getCommandSpec().qualifiedName();
            err.println(name + ": " + ex.getMessage() + " (see: " + name + " --help)");
            return USER_ERROR;
        });
        return cl;
    }

    /** The user-facing problem behind an exception, also when a library wrapped it. */
    static UserFacingException userFacingCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserFacingException u) {
                return u;
            }
            UserFacingException translated = EnvironmentProblems.translate(c);
            if (translated != null) {
                return translated;
            }
        }
        return null;
    }
}
