package org.naswot.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.service.SearchSpaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code naswot spaces list|show|validate}: the search spaces, built-in and declarative. */
@Command(name = "spaces", mixinStandardHelpOptions = true,
        description = {"The search spaces: list them, show one (by id or descriptor file), or check a declarative "
                + "descriptor file (spaces/schema/space.schema.json; examples in spaces/examples/).",
            "A descriptor in the user's spaces folder ($NASWOT_SPACES, else $XDG_CONFIG_HOME/naswot/spaces, else "
                + "~/.config/naswot/spaces) is a space like the built-in ones; any other file works as --space FILE.json."},
        subcommands = {SpacesCommand.ListSpaces.class, SpacesCommand.Show.class, SpacesCommand.Validate.class})
final class SpacesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every known space: id, kind, size, name.")
    static final class ListSpaces implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON object per line instead of text.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Output out = new Output(spec, json);
            for (SearchSpaces.Listed l : SearchSpaces.list()) {
                if (json) {
                    Map<String, Object> o = JsonLines.object();
                    o.put("id", l.id());
                    o.put("kind", l.kind());
                    o.put("size", l.size());
                    o.put("name", l.name());
                    out.json(o);
                } else {
                    out.text(String.format("%-24s %-17s %-22s %s", l.id(), l.kind(), l.size(), l.name()));
                }
            }
            if (!json) {
                out.text("user spaces folder: " + SearchSpaces.userFolder());
            }
            for (String problem : SearchSpaces.userFolderProblems()) {
                out.note("left out: " + problem);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One space in detail: its ops, cell, skeleton, size and an example architecture.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID|FILE", description = "A space id or a descriptor file.")
        String space;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Output out = new Output(spec, false);
            SearchSpaces.describe(space).forEach(out::text);
            return 0;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a declarative descriptor file: exit 0 with a summary, or exit 2 with one line naming "
                    + "the field's path and what was expected.")
    static final class Validate implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The descriptor (.json).")
        Path file;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            new Output(spec, false).text(SearchSpaces.validate(file));
            return 0;
        }
    }
}
