package org.naswot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command accepts. */
public final class CommonOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (default: $NASWOT_DATA, else ~/.local/share/naswot); files it lacks come from the built-in data pack where there is one.")
    Path dataDir;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Results database (SQLite; default ~/.local/share/naswot/results.sqlite).")
    Path db;

    @Option(names = "--json", description = "Print one JSON object per line instead of text.")
    boolean json;
}
