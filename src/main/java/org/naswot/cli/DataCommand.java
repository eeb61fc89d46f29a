package org.naswot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code naswot data}: what the data directory holds, downloads of the datasets, imports of benchmarks. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = "Reference data: status of the data directory, dataset downloads, benchmark imports.",
        subcommands = {DataStatusCommand.class, DataDownloadCommand.class, DataImportCommand.class})
final class DataCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
