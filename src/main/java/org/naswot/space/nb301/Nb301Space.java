package org.naswot.space.nb301;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.GenotypeEdge;
import org.naswot.space.nds.NdsArchitecture;

/**
 * NAS-Bench-301's DARTS space as far as a table covers it (NAS-Bench-Suite-Zero's 725 cells): index = the table's
 * {@code idx}. Each cell is built as NAS-Bench-301 trained it, NetworkCIFAR with 32 channels and 8 cells, no
 * auxiliary head. {@link #parse} reads NASLib's compact form or the NDS genotype json; a cell the table lacks has
 * index -1. Sampling draws a table cell; a mutation changes one edge's operation or input (keeping the two inputs
 * of a node different, as the DARTS space does) and looks the result up in the table.
 */
public final class Nb301Space implements SearchSpace {
    public static final String ID = "nb301";

    private final List<NdsArchitecture> cells;
    private final Map<DartsGenotype, Integer> indexOf = new HashMap<>();

    /** @param archs the table's compact cells, position = index */
    public Nb301Space(List<String> archs) {
        NdsArchitecture[] parsed = new NdsArchitecture[archs.size()];
        for (int i = 0; i < parsed.length; i++) {
            try {
                parsed[i] = Nb301Encoding.architecture(Nb301Encoding.parse(archs.get(i)), i);
            } catch (UserFacingException e) {
                throw new UserFacingException("nb301 table row " + i + ": " + e.getMessage(), e);
            }
            indexOf.putIfAbsent(genotype(parsed[i]), i);
        }
        this.cells = List.of(parsed);
    }

    private static DartsGenotype genotype(NdsArchitecture a) {
        return ((CellNetwork) a.net()).genotype();
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
    public NdsArchitecture architecture(int index) {
        if (index < 0 || index >= cells.size()) {
            throw new UserFacingException("index " + index + " is out of range: the nb301 table has " + cells.size()
                    + " cells (0.." + (cells.size() - 1) + ")");
        }
        return cells.get(index);
    }

    /** NASLib's compact form, or an NDS json genotype / net object (which must be a 32-channel, 8-cell network). */
    @Override
    public NdsArchitecture parse(String text) {
        String t = text.strip();
        DartsGenotype g;
        if (t.startsWith("{")) {
            NdsArchitecture nds = NdsArchitecture.parse(ID, t.contains("\"genotype\"") ? t : "{\"genotype\": " + t
                    + ", \"width\": " + Nb301Encoding.WIDTH + ", \"depth\": " + Nb301Encoding.DEPTH + "}", -1);
            if (!(nds.net() instanceof CellNetwork c)) {
                throw new UserFacingException("an nb301 architecture is a DARTS cell pair, not an AnyNet");
            }
            if (c.width() != Nb301Encoding.WIDTH || c.depth() != Nb301Encoding.DEPTH || c.aux()) {
                throw new UserFacingException("nb301 networks have " + Nb301Encoding.WIDTH + " channels, "
                        + Nb301Encoding.DEPTH + " cells and no auxiliary head; the given net has width " + c.width()
                        + ", depth " + c.depth() + (c.aux() ? ", aux" : ""));
            }
            g = Nb301Encoding.check(c.genotype());
        } else {
            g = Nb301Encoding.parse(t);
        }
        return Nb301Encoding.architecture(g, indexOf.getOrDefault(g, -1));
    }

    @Override
    public Architecture sample(RandomGenerator rng) {
        return cells.get(rng.nextInt(cells.size()));
    }

    @Override
    public Architecture mutate(Architecture parent, RandomGenerator rng) {
        if (!(parent instanceof NdsArchitecture p) || !(p.net() instanceof CellNetwork c) || !ID.equals(p.space())) {
            throw new IllegalArgumentException("not an nb301 architecture: " + parent);
        }
        DartsGenotype g = c.genotype();
        boolean reduceCell = rng.nextBoolean();
        List<GenotypeEdge> cell = reduceCell ? g.reduce() : g.normal();
        int i = rng.nextInt(cell.size());
        GenotypeEdge e = cell.get(i);
        int node = i / 2 + 2;
        int sibling = cell.get(i ^ 1).input();
        // node 2 reads states 0 and 1 only: its inputs are fixed, so its edges change their operation
        boolean changeOp = node == 2 || rng.nextBoolean();
        GenotypeEdge changed;
        if (changeOp) {
            int op = rng.nextInt(Nb301Encoding.OPS.size() - 1);
            int current = Nb301Encoding.OPS.indexOf(e.op());
            changed = new GenotypeEdge(Nb301Encoding.OPS.get(op >= current ? op + 1 : op), e.input());
        } else {
            // states 0..node-1 other than this edge's and its sibling's input
            int[] choices = java.util.stream.IntStream.range(0, node)
                    .filter(s -> s != e.input() && s != sibling).toArray();
            changed = new GenotypeEdge(e.op(), choices[rng.nextInt(choices.length)]);
        }
        DartsGenotype child = g.withEdge(reduceCell, i, changed);
        return Nb301Encoding.architecture(child, indexOf.getOrDefault(child, -1));
    }
}
