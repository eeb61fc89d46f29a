package org.naswot.space.nds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * One Network Design Spaces space ({@code nds:DARTS}, ...): the entries of its imported NDS file, in the reference's
 * order ({@code top} then {@code mid}; the position is the index). Without an import the space is empty: parsing a
 * {@code net} still works (index -1), indexing and sampling say which file to import.
 *
 * <p>NDS spaces are samples, not enumerations, so a mutation changes one decision of the parent (an edge's operation
 * or input in either cell, or one AnyNet stage's depth or width, chosen among the values the space's entries use) and
 * looks the result up among the entries: a neighbour that no entry holds has index -1 and no accuracy. In spaces that
 * concatenate the loose ends of a cell (NASNet, Amoeba, PNAS, ENAS) the concat list follows the changed edges.
 */
public final class NdsSpace implements SearchSpace {
    private final String id;
    private final List<NdsArchitecture> entries;
    private final Map<NdsNet, Integer> indexOfNet = new HashMap<>();
    /** Indices of the entries without an auxiliary head, which sampling draws from. */
    private final List<Integer> scorable;
    private final String missingImport;
    /** The decisions' values the entries use, which mutations choose among (computed once). */
    private final List<String> opsInUse;
    private final Map<Integer, TreeSet<Integer>> depths = new HashMap<>();
    private final Map<Integer, TreeSet<Integer>> widths = new HashMap<>();

    /**
     * @param nets          the entries' {@code net} json, in index order
     * @param missingImport what to do when the space has no entries (which file to import, and how)
     */
    public NdsSpace(String id, List<String> nets, String missingImport) {
        this.id = id;
        this.missingImport = missingImport;
        List<NdsArchitecture> parsed = new ArrayList<>(nets.size());
        for (int i = 0; i < nets.size(); i++) {
            String net = nets.get(i);
            if (net == null) {
                throw new UserFacingException("entry " + i + " of the imported " + id + " has no 'net'; import the "
                        + "NDS file again");
            }
            try {
                parsed.add(NdsArchitecture.parse(id, net, i));
            } catch (UserFacingException e) {
                throw new UserFacingException("entry " + i + " of the imported " + id + ": " + e.getMessage(), e);
            }
            indexOfNet.putIfAbsent(parsed.get(i).net(), i);
        }
        this.entries = List.copyOf(parsed);
        List<Integer> withoutAux = new ArrayList<>();
        for (NdsArchitecture a : entries) {
            if (!a.auxiliary()) {
                withoutAux.add(a.index());
            }
        }
        this.scorable = List.copyOf(withoutAux);
        TreeSet<String> ops = new TreeSet<>();
        for (NdsArchitecture a : entries) {
            if (a.net() instanceof CellNetwork c) {
                c.genotype().normal().forEach(e -> ops.add(e.op()));
                c.genotype().reduce().forEach(e -> ops.add(e.op()));
            } else if (a.net() instanceof AnyNetConfig n) {
                for (int s = 0; s < n.stages(); s++) {
                    depths.computeIfAbsent(s, k -> new TreeSet<>()).add(n.ds()[s]);
                    widths.computeIfAbsent(s, k -> new TreeSet<>()).add(n.ws()[s]);
                }
            }
        }
        // without entries: every pycls operation
        this.opsInUse = ops.isEmpty() ? CellOps.ALL : List.copyOf(ops);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public NdsArchitecture architecture(int index) {
        requireEntries();
        if (index < 0 || index >= entries.size()) {
            throw new UserFacingException("index " + index + " is out of range: " + id + " has " + entries.size()
                    + " imported entries (0.." + (entries.size() - 1) + ")");
        }
        return entries.get(index);
    }

    /** Reads an NDS {@code net} object (or a whole entry) and gives it the index of the entry holding it, if any. */
    @Override
    public NdsArchitecture parse(String text) {
        return lookUp(NdsArchitecture.parse(id, text, -1).net());
    }

    /**
     * A uniformly drawn entry among those the reference can score: entries with an auxiliary head are left out (its
     * forward fails on them), so searches never draw a network that cannot be scored.
     */
    @Override
    public Architecture sample(RandomGenerator rng) {
        requireEntries();
        if (scorable.isEmpty()) {
            throw new UserFacingException("every imported " + id + " entry has an auxiliary head (\"aux\": true), "
                    + "which the reference cannot score: nothing to sample");
        }
        return entries.get(scorable.get(rng.nextInt(scorable.size())));
    }

    @Override
    public Architecture mutate(Architecture parent, RandomGenerator rng) {
        if (!(parent instanceof NdsArchitecture p) || !p.space().equals(id)) {
            throw new IllegalArgumentException("not an architecture of " + id + ": " + parent);
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            NdsNet child;
            try {
                child = p.net() instanceof CellNetwork c ? mutateCell(c, rng) : mutateAnyNet((AnyNetConfig) p.net(), rng);
            } catch (UserFacingException invalid) {
                continue; // e.g. a width the stage's bottleneck groups cannot split: draw another decision
            }
            if (child != null && !child.equals(p.net())) {
                return lookUp(child);
            }
        }
        throw new UserFacingException("no valid neighbour of " + p + " in " + id);
    }

    /** The entry's index of an equal network, or -1. */
    public int indexOf(NdsNet net) {
        return indexOfNet.getOrDefault(net, -1);
    }

    private NdsArchitecture lookUp(NdsNet net) {
        int i = indexOf(net);
        return i >= 0 ? entries.get(i) : new NdsArchitecture(id, -1, net);
    }

    private void requireEntries() {
        if (entries.isEmpty()) {
            throw new UserFacingException(missingImport);
        }
    }

    private CellNetwork mutateCell(CellNetwork c, RandomGenerator rng) {
        DartsGenotype g = c.genotype();
        boolean reduceCell = rng.nextBoolean();
        List<GenotypeEdge> cell = reduceCell ? g.reduce() : g.normal();
        int i = rng.nextInt(cell.size());
        GenotypeEdge e = cell.get(i);
        GenotypeEdge changed;
        if (rng.nextBoolean()) {
            List<String> ops = new ArrayList<>(opsInUse);
            ops.remove(e.op());
            if (ops.isEmpty()) {
                return null;
            }
            changed = new GenotypeEdge(ops.get(rng.nextInt(ops.size())), e.input());
        } else {
            int node = i / 2 + 2;
            int input = rng.nextInt(node - 1);
            changed = new GenotypeEdge(e.op(), input >= e.input() ? input + 1 : input);
        }
        DartsGenotype child = g.withEdge(reduceCell, i, changed);
        child = child.withConcat(concatAfter(g.normal(), g.normalConcat(), child.normal()),
                concatAfter(g.reduce(), g.reduceConcat(), child.reduce()));
        return new CellNetwork(child, c.width(), c.depth(), c.aux(), c.dropProb());
    }

    /** Loose-end cells keep concatenating their loose ends; any other concat list is kept as it is. */
    private static List<Integer> concatAfter(List<GenotypeEdge> before, List<Integer> concat, List<GenotypeEdge> after) {
        boolean looseEnds = concat.equals(DartsGenotype.looseEnds(before))
                && !concat.equals(DartsGenotype.allIntermediate(before));
        return looseEnds ? DartsGenotype.looseEnds(after) : concat;
    }

    private AnyNetConfig mutateAnyNet(AnyNetConfig a, RandomGenerator rng) {
        int stage = rng.nextInt(a.stages());
        boolean depth = rng.nextBoolean();
        int current = depth ? a.ds()[stage] : a.ws()[stage];
        List<Integer> values = new ArrayList<>(stageValues(stage, depth, current));
        values.remove(Integer.valueOf(current));
        if (values.isEmpty()) {
            return null;
        }
        int v = values.get(rng.nextInt(values.size()));
        int[] ds = a.ds().clone();
        int[] ws = a.ws().clone();
        if (depth) {
            ds[stage] = v;
        } else {
            ws[stage] = v;
        }
        return new AnyNetConfig(a.blockType(), ds, ws, a.ss(), a.bms(), a.gws());
    }

    /** Depths or widths the entries use at this stage (without entries: half and double the current value). */
    private List<Integer> stageValues(int stage, boolean depth, int current) {
        TreeSet<Integer> values = new TreeSet<>((depth ? depths : widths).getOrDefault(stage, new TreeSet<>()));
        if (values.isEmpty()) {
            values.add(Math.max(1, current / 2));
            values.add(current * 2);
        }
        return List.copyOf(values);
    }

    /** Entries with an auxiliary head: the reference's scoring forward fails on them and it drops them. */
    @Override
    public java.util.Optional<String> unscorable(Architecture a) {
        return a instanceof NdsArchitecture n && n.auxiliary()
                ? java.util.Optional.of("have an auxiliary head (\"aux\": true) and are skipped, as the reference code "
                + "drops them")
                : java.util.Optional.empty();
    }
}
