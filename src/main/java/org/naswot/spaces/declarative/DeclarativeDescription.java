package org.naswot.spaces.declarative;

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

/** How {@code naswot spaces list|show|validate} describe a declarative space. */
final class DeclarativeDescription {
    private DeclarativeDescription() {
    }

    static String kind(DeclarativeSpec s) {
        return "declarative " + s.family().name().toLowerCase(Locale.ROOT);
    }

    static String validate(Path file) {
        DeclarativeSpec s = DeclarativeSpaces.read(file).spec();
        return file + ": valid, space " + s.id() + " (" + s.family().name().toLowerCase(Locale.ROOT) + " cells, "
                + s.ops().size() + " ops, " + sizeOf(s) + ")";
    }

    static List<String> describe(DeclarativeSpec s, SpaceDescriptor d) {
        List<String> out = new ArrayList<>();
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
        out.add(skeleton(s));
        SearchSpace space = DeclarativeSpaces.space(s);
        out.add("  example   " + space.architecture(0).encoding());
        out.add("  datasets  " + String.join(", ", d.datasets().stream().map(SpaceDescriptor.Dataset::id).toList()));
        out.add("  accuracy  none until imported: naswot data import results.csv --mapping mapping.json (\"space\": \""
                + s.id() + "\")");
        return out;
    }

    private static String skeleton(DeclarativeSpec s) {
        if (s.family() == DeclarativeSpec.Family.DAG) {
            DeclarativeSpec.DagMacro m = s.dag();
            StringBuilder stages = new StringBuilder();
            for (DeclarativeSpec.Stage st : m.stages()) {
                stages.append(stages.length() == 0 ? "" : ", ").append(st.cells()).append(" x ").append(st.channels());
            }
            return "  skeleton  stem conv " + m.stemKernel() + "x" + m.stemKernel() + " + BN to " + m.stemChannels()
                    + "; stages (cells x channels) " + stages + "; " + m.reduction() + " between stages; head "
                    + m.head();
        }
        DeclarativeSpec.DartsMacro m = s.darts();
        return "  skeleton  NetworkCIFAR: stem conv 3x3 + BN to " + m.stemMultiplier() * m.width() + ", " + m.depth()
                + " cells from width " + m.width() + ", reduction cells " + m.reductionCells()
                + ", global pooling, Linear";
    }

    static String sizeOf(DeclarativeSpec s) {
        SearchSpace space = DeclarativeSpaces.space(s);
        if (space instanceof DagSpace dag) {
            return dag.enumerable() ? String.format(Locale.ROOT, "%,d cells, enumerated", dag.size())
                    : String.format(Locale.ROOT, "%.3g cells, sampled (index i = the draw with seed i)",
                    dag.cellCount().doubleValue());
        }
        return "sampled (too many networks to enumerate; index i = the draw with seed i)";
    }
}
