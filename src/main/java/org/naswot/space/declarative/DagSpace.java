package org.naswot.space.declarative;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * The cells of a declarative DAG space: |ops|^edges of them. A space of at most {@link DrawnIndex#ENUMERABLE} cells is
 * enumerated, index = the base-|ops| code with edge 0 most significant (NB201's five ops in NB201's order give NB201's
 * own code); a larger one is sampled, index i naming the cell drawn with seed i ({@link DrawnIndex}).
 */
public final class DagSpace implements SearchSpace {
    private final DeclarativeSpec spec;
    private final int edges;
    private final BigInteger count;
    private final boolean enumerable;

    public DagSpace(DeclarativeSpec spec) {
        this.spec = spec;
        this.edges = spec.dagEdges();
        this.count = BigInteger.valueOf(spec.ops().size()).pow(edges);
        this.enumerable = count.compareTo(BigInteger.valueOf(DrawnIndex.ENUMERABLE)) <= 0;
    }

    public DeclarativeSpec spec() {
        return spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    /** Every cell when enumerable, else how many drawn indices there are. */
    @Override
    public int size() {
        return enumerable ? count.intValueExact() : DrawnIndex.SIZE;
    }

    /** How many cells the space has, however large. */
    public BigInteger cellCount() {
        return count;
    }

    public boolean enumerable() {
        return enumerable;
    }

    @Override
    public DagArchitecture architecture(int index) {
        if (index < 0 || index >= size()) {
            throw new UserFacingException(spec.id() + " index " + index + " is out of range 0.." + (size() - 1));
        }
        if (!enumerable) {
            return new DagArchitecture(spec, drawOps(new SplittableRandom(DrawnIndex.seedOf(index))), index);
        }
        int k = spec.ops().size();
        int[] ops = new int[edges];
        int code = index;
        for (int e = edges - 1; e >= 0; e--) {
            ops[e] = code % k;
            code /= k;
        }
        return new DagArchitecture(spec, ops, index);
    }

    @Override
    public DagArchitecture parse(String text) {
        List<List<CellInput>> nodes = CellText.parse(text, spec, example());
        if (nodes.size() != spec.nodes() - 1) {
            throw new UserFacingException("a " + spec.id() + " cell has " + (spec.nodes() - 1) + " node groups "
                    + "(nodes 1.." + (spec.nodes() - 1) + "), found " + nodes.size() + " in \"" + text.strip() + "\"");
        }
        int[] ops = new int[edges];
        int e = 0;
        for (int node = 1; node < spec.nodes(); node++) {
            List<CellInput> in = nodes.get(node - 1);
            if (in.size() != node) {
                throw new UserFacingException("node " + node + " of a " + spec.id() + " cell has " + node
                        + " inputs (~0..~" + (node - 1) + "), found " + in.size() + " in \"" + text.strip() + "\"");
            }
            for (int from = 0; from < node; from++) {
                if (in.get(from).from() != from) {
                    throw new UserFacingException("node " + node + " input " + (from + 1) + " must come from node "
                            + from + " ('~" + from + "'), found '~" + in.get(from).from() + "' in \"" + text.strip()
                            + "\"");
                }
                ops[e++] = in.get(from).op();
            }
        }
        return new DagArchitecture(spec, ops, indexOf(ops));
    }

    /** An example of the text form: the first op on every edge. */
    String example() {
        return new DagArchitecture(spec, new int[edges], 0).encoding();
    }

    @Override
    public DagArchitecture sample(RandomGenerator rng) {
        int[] ops = drawOps(rng);
        return new DagArchitecture(spec, ops, indexOf(ops));
    }

    private int[] drawOps(RandomGenerator rng) {
        int[] ops = new int[edges];
        for (int e = 0; e < edges; e++) {
            ops[e] = rng.nextInt(spec.ops().size());
        }
        return ops;
    }

    /** Changes one uniformly chosen edge to a different, uniformly chosen op (NB201's REA mutation). */
    @Override
    public DagArchitecture mutate(Architecture parent, RandomGenerator rng) {
        int[] ops = ((DagArchitecture) parent).ops().clone();
        int k = spec.ops().size();
        if (k < 2) {
            return (DagArchitecture) parent;
        }
        int edge = rng.nextInt(edges);
        int replacement = rng.nextInt(k - 1);
        if (replacement >= ops[edge]) {
            replacement++;
        }
        ops[edge] = replacement;
        return new DagArchitecture(spec, ops, indexOf(ops));
    }

    private int indexOf(int[] ops) {
        if (!enumerable) {
            return -1;
        }
        int code = 0;
        for (int op : ops) {
            code = code * spec.ops().size() + op;
        }
        return code;
    }
}
