package org.naswot.space.declarative;

import java.util.List;

/**
 * A declarative space as its descriptor defines it, checked: the cell family, the op set in order, the cell and the
 * macro skeleton of that family (the other one null).
 *
 * @param source where it was read from, for messages ("spaces/examples/nb201.json")
 */
public record DeclarativeSpec(String id, Family family, List<OpSpec> ops, int nodes, int inputsPerNode, DagMacro dag,
                              DartsMacro darts, String source) {

    /** The two cell families. */
    public enum Family {
        /** One op per edge of a DAG of {@code nodes} nodes (NAS-Bench-201). */
        DAG,
        /** DARTS-style normal and reduction cells (NDS, NAS-Bench-301). */
        DARTS
    }

    public DeclarativeSpec {
        ops = List.copyOf(ops);
    }

    /** One stage of a DAG skeleton: {@code cells} cells at {@code channels}. */
    public record Stage(int channels, int cells) {
    }

    /**
     * The skeleton around DAG cells: a conv+BN stem, stages of cells with a reduction block between consecutive stages,
     * and a head.
     */
    public record DagMacro(int stemChannels, int stemKernel, List<Stage> stages, String reduction, String head) {
        public DagMacro {
            stages = List.copyOf(stages);
        }
    }

    /**
     * pycls' NetworkCIFAR: stem conv 3x3 + BN to {@code stemMultiplier * width}, {@code depth} cells, channels doubling
     * at the reduction cells, global pooling and a Linear.
     */
    public record DartsMacro(int width, int depth, int stemMultiplier, List<Integer> reductionCells) {
        public DartsMacro {
            reductionCells = List.copyOf(reductionCells);
        }

        public boolean reduction(int cell) {
            return reductionCells.contains(cell);
        }
    }

    public List<String> opNames() {
        return ops.stream().map(OpSpec::name).toList();
    }

    /** The index of the op named {@code name}, or -1. */
    public int opIndex(String name) {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Edges of a DAG cell: every pair i &lt; j of its nodes. */
    public int dagEdges() {
        return nodes * (nodes - 1) / 2;
    }
}
