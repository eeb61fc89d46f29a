package org.naswot.space.nb101;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * NAS-Bench-101 as far as cells are available: backed by a table of cells (an imported tfrecord, or a cell
 * table such as the 500-cell NAS-Bench-Suite-Zero sample), indexed in table order. Sampling draws from the
 * table; mutation follows the benchmark's (flip one edge or change one op), and a mutant that is not in the
 * table gets index -1.
 */
public final class Nb101Space implements SearchSpace {
    public static final String ID = "nb101";
    private static final int MAX = Nb101Architecture.MAX_VERTICES;
    private static final Nb101Op[] INTERIOR = {Nb101Op.CONV3X3, Nb101Op.CONV1X1, Nb101Op.MAXPOOL3X3};

    private final List<Nb101Architecture> cells;
    private final Map<String, Integer> indexByHash = new HashMap<>();

    public Nb101Space(List<Nb101Architecture> cells) {
        this.cells = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Nb101Architecture c = cells.get(i).withIndex(i);
            this.cells.add(c);
            indexByHash.putIfAbsent(c.hash(), i);
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public Nb101Architecture architecture(int index) {
        if (index < 0 || index >= cells.size()) {
            throw new UserFacingException("NAS-Bench-101 index " + index + " is out of range 0.." + (cells.size() - 1)
                    + " of the available cell table");
        }
        return cells.get(index);
    }

    @Override
    public Nb101Architecture parse(String text) {
        Nb101Architecture a = Nb101Architecture.parse(text);
        return a.withIndex(indexByHash.getOrDefault(a.hash(), -1));
    }

    @Override
    public Nb101Architecture sample(RandomGenerator rng) {
        return cells.get(rng.nextInt(cells.size()));
    }

    /**
     * The benchmark's own mutation (nasbench's REA example, mutation rate 1): on the cell padded back to 7
     * vertices, each edge flips with probability 1/7 and each interior op is resampled with probability 1/5;
     * drawn again until the pruned result is a valid cell different from the parent.
     */
    @Override
    public Nb101Architecture mutate(Architecture parent, RandomGenerator rng) {
        Nb101Architecture p = (Nb101Architecture) parent;
        for (int attempt = 0; attempt < 10_000; attempt++) {
            boolean[][] m = new boolean[MAX][MAX];
            List<Nb101Op> ops = padded(p, m, rng);
            for (int from = 0; from < MAX - 1; from++) {
                for (int to = from + 1; to < MAX; to++) {
                    if (rng.nextDouble() < 1.0 / MAX) {
                        m[from][to] = !m[from][to];
                    }
                }
            }
            for (int v = 1; v < MAX - 1; v++) {
                if (rng.nextDouble() < 1.0 / (MAX - 2)) {
                    Nb101Op op;
                    do {
                        op = INTERIOR[rng.nextInt(INTERIOR.length)];
                    } while (op == ops.get(v));
                    ops.set(v, op);
                }
            }
            try {
                Nb101Architecture child = Nb101Architecture.of(m, ops, -1);
                String h = child.hash();
                if (!h.equals(p.hash())) {
                    return child.withIndex(indexByHash.getOrDefault(h, -1));
                }
            } catch (UserFacingException invalid) {
                // too many edges or disconnected: draw again, as the benchmark's mutator does
            }
        }
        throw new IllegalStateException("no valid mutation of " + p.encoding());
    }

    /** The cell on 7 vertices: its interior vertices first, unconnected extra vertices with random ops. */
    private static List<Nb101Op> padded(Nb101Architecture p, boolean[][] m, RandomGenerator rng) {
        int n = p.vertices();
        int[] position = new int[n];
        for (int v = 0; v < n - 1; v++) {
            position[v] = v;
        }
        position[n - 1] = MAX - 1;
        List<Nb101Op> ops = new ArrayList<>();
        for (int v = 0; v < MAX; v++) {
            ops.add(INTERIOR[rng.nextInt(INTERIOR.length)]);
        }
        for (int v = 0; v < n; v++) {
            ops.set(position[v], p.ops().get(v));
            for (int w = 0; w < n; w++) {
                m[position[v]][position[w]] = p.edge(v, w);
            }
        }
        return ops;
    }
}
