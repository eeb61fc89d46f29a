package org.naswot.search;

import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * A network-free stand-in for NAS-Bench-201's cell space: 6 edges with 5 operations each (5^6 = 15625
 * cells), indexed in base 5 with edge 0 as the most significant digit. Its synthetic accuracy is a
 * smooth landscape peaking at one target cell, so local search (mutation) pays off.
 */
final class ToySpace implements SearchSpace {
    static final int EDGES = 6;
    static final int OPS = 5;
    static final int SIZE = 15625;
    private static final int[] TARGET = {3, 1, 4, 1, 0, 2};

    record Cell(int index) implements Architecture {
        @Override
        public String space() {
            return "toy";
        }

        @Override
        public String encoding() {
            StringBuilder text = new StringBuilder();
            for (int e = 0; e < EDGES; e++) {
                text.append(op(e));
            }
            return text.toString();
        }

        int op(int edge) {
            int divisor = 1;
            for (int i = edge + 1; i < EDGES; i++) {
                divisor *= OPS;
            }
            return index / divisor % OPS;
        }

        Cell withOp(int edge, int op) {
            int divisor = 1;
            for (int i = edge + 1; i < EDGES; i++) {
                divisor *= OPS;
            }
            return new Cell(index + (op - op(edge)) * divisor);
        }
    }

    /** 100 at the target, falling with the squared distance per edge; at most 4^2 * 6 = 96 below. */
    static double accuracy(Architecture architecture) {
        Cell cell = (Cell) architecture;
        double distance = 0;
        for (int e = 0; e < EDGES; e++) {
            int d = cell.op(e) - TARGET[e];
            distance += d * d;
        }
        return 100 - distance;
    }

    /** Deterministic, positive, architecture-dependent training time. */
    static double trainingSeconds(Architecture architecture) {
        Cell cell = (Cell) architecture;
        int sum = 0;
        for (int e = 0; e < EDGES; e++) {
            sum += cell.op(e);
        }
        return 100 + 10 * sum;
    }

    static final AccuracyOracle ORACLE = a -> new Evaluation(accuracy(a), trainingSeconds(a));

    static final int OPTIMUM = target().index();

    private static Cell target() {
        Cell cell = new Cell(0);
        for (int e = 0; e < EDGES; e++) {
            cell = cell.withOp(e, TARGET[e]);
        }
        return cell;
    }

    @Override
    public String id() {
        return "toy";
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Architecture architecture(int index) {
        return new Cell(index);
    }

    @Override
    public Architecture parse(String text) {
        Cell cell = new Cell(0);
        for (int e = 0; e < EDGES; e++) {
            cell = cell.withOp(e, text.charAt(e) - '0');
        }
        return cell;
    }

    @Override
    public Architecture sample(RandomGenerator rng) {
        return new Cell(rng.nextInt(SIZE));
    }

    @Override
    public Architecture mutate(Architecture parent, RandomGenerator rng) {
        Cell cell = (Cell) parent;
        int edge = rng.nextInt(EDGES);
        int op = rng.nextInt(OPS - 1);
        if (op >= cell.op(edge)) {
            op++; // skip the current op so exactly one decision changes
        }
        return cell.withOp(edge, op);
    }
}
