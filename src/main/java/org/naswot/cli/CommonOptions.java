package org.naswot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts. */
public final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $NASWOT_DATA, else $XDG_DATA_HOME/naswot, else "
                    + "~/.local/share/naswot); files it lacks come from the built-in data pack where there is one.")
    Path dataDir;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Results database (SQLite; default $XDG_DATA_HOME/naswot/results.sqlite, else "
                    + "~/.local/share/naswot/results.sqlite; $NASWOT_DATA does not move it).")
    Path db;

    @Option(names = "--json", description = "Print one JSON object per line instead of text.")
    boolean json;
}
