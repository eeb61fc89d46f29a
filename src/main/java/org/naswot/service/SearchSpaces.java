package org.naswot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.declarative.DagSpace;
import org.naswot.space.declarative.DeclarativeSpaces;
import org.naswot.space.declarative.DeclarativeSpec;
import org.naswot.space.declarative.OpSpec;
import org.naswot.spaces.SpaceModules;
import org.naswot.spaces.declarative.DeclarativeModule;
import org.naswot.spaces.declarative.UserSpacesFolder;

/**
 * What the command line's {@code naswot spaces} and the window's "Open space..." ask about search spaces: the known
 * ones, one in detail, and whether a declarative descriptor file is valid.
 */
public final class SearchSpaces {
    private SearchSpaces() {
    }

    /** One space as {@code spaces list} shows it. */
    public record Listed(String id, String kind, String size, String name) {
    }

    /** Every space the catalog knows, in listing order. */
    public static List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        for (SpaceDescriptor d : SpaceModules.ordered()) {
            boolean declarative = DeclarativeSpaces.ENCODING.equals(d.encoding());
            String kind = declarative ? "declarative " + DeclarativeSpaces.spec(d.id())
                    .map(s -> s.family().name().toLowerCase(Locale.ROOT)).orElse("") : "built-in";
            String size = declarative ? DeclarativeSpaces.spec(d.id()).map(SearchSpaces::sizeOf).orElse("")
                    : d.size() == null ? "" : String.format(Locale.ROOT, "%,d", d.size());
            out.add(new Listed(d.id(), kind, size, d.name() == null ? "" : d.name()));
        }
        return out;
    }

    /** The user's spaces folder, where a dropped descriptor becomes a space. */
    public static Path userFolder() {
        return UserSpacesFolder.path();
    }

    /** Files of the user's folder that were left out, with why. */
    public static List<String> userFolderProblems() {
        return DeclarativeModule.problems();
    }

    /** A space argument as the catalog knows it: a descriptor file's path becomes its space's id. */
    public static String resolve(String spaceArgument) {
        return SpaceModules.resolve(spaceArgument);
    }

    /** Opens a descriptor file (as {@code --space FILE.json} does) and gives the id it answers to. */
    public static String open(Path file) {
        return SpaceModules.resolve(file.toString());
    }

    /**
     * Checks a descriptor file without registering it; returns a one-line summary, or throws a UserFacingException
     * naming the file, the field's path and what was expected.
     */
    public static String validate(Path file) {
        DeclarativeSpaces.Loaded loaded = DeclarativeSpaces.read(file);
        DeclarativeSpec s = loaded.spec();
        return file + ": valid, space " + s.id() + " (" + s.family().name().toLowerCase(Locale.ROOT) + " cells, "
                + s.ops().size() + " ops, " + sizeOf(s) + ")";
    }

    /** The lines of {@code spaces show}: a space by id or a descriptor file. */
    public static List<String> describe(String idOrFile) {
        String id = SpaceModules.resolve(idOrFile);
        SpaceDescriptor d = SpaceModules.catalog().get(id);
        List<String> out = new ArrayList<>();
        out.add(d.id() + (d.aliases().isEmpty() ? "" : " (also " + String.join(", ", d.aliases()) + ")"));
        out.add("  name      " + d.name());
        DeclarativeSpec s = DeclarativeSpaces.spec(d.id()).orElse(null);
        if (s == null) {
            out.add("  kind      built-in" + (d.size() == null ? "" : String.format(Locale.ROOT, ", %,d architectures",
                    d.size())));
            if (!d.ops().isEmpty()) {
                out.add("  ops       " + String.join(", ", d.ops()));
            }
            if (d.cell() != null && d.cell().format() != null) {
                out.add("  encoding  " + d.cell().format());
            }
            return out;
        }
        out.add("  source    " + s.source());
        out.add("  family    " + (s.family() == DeclarativeSpec.Family.DAG
                ? "dag: one op per edge of a " + s.nodes() + "-node cell (" + s.dagEdges() + " edges)"
                : "darts: normal and reduction cells of " + s.nodes() + " nodes, " + s.inputsPerNode()
                + " distinct inputs each"));
        out.add("  size      " + sizeOf(s));
        out.add("  ops");
        for (int i = 0; i < s.ops().size(); i++) {
            OpSpec op = s.ops().get(i);
            out.add(String.format(Locale.ROOT, "    %d  %-18s %s", i, op.name(), op.describe()));
        }
        if (s.family() == DeclarativeSpec.Family.DAG) {
            DeclarativeSpec.DagMacro m = s.dag();
            StringBuilder stages = new StringBuilder();
            for (DeclarativeSpec.Stage st : m.stages()) {
                stages.append(stages.length() == 0 ? "" : ", ").append(st.cells()).append(" x ").append(st.channels());
            }
            out.add("  skeleton  stem conv " + m.stemKernel() + "x" + m.stemKernel() + " + BN to " + m.stemChannels()
                    + "; stages (cells x channels) " + stages + "; " + m.reduction() + " between stages; head "
                    + m.head());
        } else {
            DeclarativeSpec.DartsMacro m = s.darts();
            out.add("  skeleton  NetworkCIFAR: stem conv 3x3 + BN to " + m.stemMultiplier() * m.width() + ", " + m.depth()
                    + " cells from width " + m.width() + ", reduction cells " + m.reductionCells()
                    + ", global pooling, Linear");
        }
        SearchSpace space = DeclarativeSpaces.space(s);
        out.add("  example   " + space.architecture(0).encoding());
        out.add("  datasets  " + String.join(", ", d.datasets().stream().map(SpaceDescriptor.Dataset::id).toList()));
        out.add("  accuracy  none until imported: naswot data import results.csv --mapping mapping.json (\"space\": \""
                + s.id() + "\")");
        return out;
    }

    private static String sizeOf(DeclarativeSpec s) {
        SearchSpace space = DeclarativeSpaces.space(s);
        if (space instanceof DagSpace dag) {
            return dag.enumerable() ? String.format(Locale.ROOT, "%,d cells, enumerated", dag.size())
                    : String.format(Locale.ROOT, "%.3g cells, sampled (index i = the draw with seed i)",
                    dag.cellCount().doubleValue());
        }
        return "sampled (too many networks to enumerate; index i = the draw with seed i)";
    }
}
