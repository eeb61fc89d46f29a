package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.naswot.spaces.SpaceModules;
import picocli.CommandLine;

/** Every command's --help works, and says what the command really does. */
class HelpTextTest {

    /** Every command path (e.g. "data status"), and its --help text as a user sees it. */
    private static Map<String, String> helps() {
        Map<String, String> out = new LinkedHashMap<>();
        collect(Main.commandLine(), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> path, Map<String, String> out) {
        for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
            if (sub.getKey().equals("help")) {
                continue;
            }
            List<String> p = new ArrayList<>(path);
            p.add(sub.getKey());
            List<String> args = new ArrayList<>(p);
            args.add("--help");
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), p + ": " + r.err());
            // nothing on stderr: a bare '%' in a description made picocli warn "Could not format" on every --help
            assertEquals("", r.err(), p + " --help");
            assertTrue(r.out().startsWith("Usage: naswot " + String.join(" ", p)), r.out());
            // unwrapped, so phrases can be looked for across picocli's line breaks
            out.put(String.join(" ", p), r.out().replaceAll("\\s+", " "));
            collect(sub.getValue(), p, out);
        }
    }

    /** The help of one option: from its name to the next option. */
    private static String option(String help, String name) {
        int at = help.indexOf(" " + name + "=");
        assertTrue(at >= 0, name + " in " + help);
        int end = help.indexOf(" --", help.indexOf(' ', at + name.length() + 2));
        return help.substring(at, end < 0 ? help.length() : end);
    }

    @Test
    void helpAgreesWithBehaviour() {
        Map<String, String> helps = helps();
        assertTrue(helps.keySet().containsAll(List.of("score", "score-space", "bench", "search", "reproduce",
                "export", "runs", "runs list", "runs show", "runs rename", "runs delete", "proxies", "figure",
                "data", "data status", "benchmark", "gui")), helps.keySet().toString());
        // compared without spaces: picocli breaks lines after "nds:" too
        String spaces = SpaceModules.helpNames().replaceAll("\\s+", "");
        assertTrue(spaces.contains("nb301"), spaces);
        for (Map.Entry<String, String> e : helps.entrySet()) {
            String help = e.getValue();
            if (help.contains(" --threads=")) {
                // libtorch's default is not "all cores", and score-space's workers run one thread each
                String threads = option(help, "--threads");
                assertFalse(threads.contains("all cores"), e.getKey() + ": " + threads);
                assertTrue(threads.contains("physical core") && threads.contains("cores / workers"), threads);
            }
            if (help.contains(" --data-dir=")) {
                assertTrue(option(help, "--data-dir").contains("$XDG_DATA_HOME"), e.getKey());
            }
            if (help.contains(" --db=")) {
                assertTrue(option(help, "--db").contains("$XDG_DATA_HOME"), e.getKey());
            }
            if (help.contains(" --space=") && !List.of("reproduce", "data import").contains(e.getKey())) {
                // every command that takes any space lists every space (reproduce takes nb201, checked below; data
                // import's --space names an NDS file's space)
                assertTrue(option(help, "--space").replaceAll("\\s+", "").contains(spaces),
                        e.getKey() + ": " + option(help, "--space"));
            }
            // a command named in a help text exists
            if (help.contains("`naswot proxies`") || help.contains("naswot runs list")) {
                assertTrue(helps.containsKey("proxies") && helps.containsKey("runs list"));
            }
        }
        String reproduce = option(helps.get("reproduce"), "--space");
        assertTrue(reproduce.contains("nb201"), reproduce);
        for (String other : List.of("nb101", "nb301", "nats-sss", "nds")) {
            assertFalse(reproduce.contains(other), "reproduce accepts nb201 only: " + reproduce);
        }
        assertTrue(helps.get("figure").contains("proxies' rank-correlation heatmap"), helps.get("figure"));
        assertTrue(option(helps.get("figure"), "--kind").contains("proxies"));
        CliRunner.Result wrong = CliRunner.run("reproduce", "--space", "nb101", "--runs", "1");
        assertEquals(Main.USER_ERROR, wrong.exitCode(), "what the help leaves out is refused");
        CliRunner.Result top = CliRunner.run("--help");
        assertTrue(top.out().contains(" runs ") && top.out().contains(" proxies "), top.out());
    }

    /** Words that follow a lowercase "naswot" in prose (e.g. "for naswot and random search"), not a command name. */
    private static final java.util.Set<String> PROSE = java.util.Set.of("and", "or");
    private static final java.util.regex.Pattern MENTION =
            java.util.regex.Pattern.compile("\\bnaswot((?: [a-z][a-z0-9-]*)+)");

    /**
     * Every command a help text names ("see `naswot proxies`", "naswot runs list", "after `naswot data import ...`")
     * exists (issue 26: score-space's help named a command that did not): its first word is a command, and where that
     * command has subcommands, a following word is one of them.
     */
    @Test
    void everyCommandAHelpNamesExists() {
        CommandLine root = Main.commandLine();
        Map<String, String> helps = helps();
        helps.put("", CliRunner.run("--help").out().replaceAll("\\s+", " "));
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, String> e : helps.entrySet()) {
            // "Usage: naswot score-space ..." names the command itself
            String help = e.getValue().replaceFirst("^Usage: naswot [a-z -]*", "");
            java.util.regex.Matcher m = MENTION.matcher(help);
            while (m.find()) {
                String[] words = m.group(1).strip().split(" ");
                if (PROSE.contains(words[0])) {
                    continue;
                }
                CommandLine command = root.getSubcommands().get(words[0]);
                assertTrue(command != null, "'" + e.getKey() + " --help' names `naswot " + m.group(1).strip()
                        + "`, and there is no command " + words[0]);
                if (!command.getSubcommands().isEmpty() && words.length > 1) {
                    assertTrue(command.getSubcommands().containsKey(words[1]), "'" + e.getKey() + " --help' names "
                            + "`naswot " + words[0] + " " + words[1] + "`, and " + words[0] + " has no subcommand "
                            + words[1]);
                }
                checked.add(m.group(1).strip());
            }
        }
        for (String expected : List.of("proxies", "runs list", "data import")) {
            assertTrue(checked.stream().anyMatch(c -> c.startsWith(expected)), expected + " among " + checked);
        }
    }
}
