package org.naswot.space.declarative;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * A declarative DARTS space: each node of the normal and the reduction cell applies an op to each of
 * {@code inputsPerNode} distinct earlier states. Far too many networks to enumerate (DARTS' own: about 10^18), so
 * index i names the network drawn with seed i ({@link DrawnIndex}); sampling draws the inputs of a node without
 * replacement and the ops with replacement, as NASLib samples the DARTS space.
 */
public final class DartsSpace implements SearchSpace {
    private final DeclarativeSpec spec;

    public DartsSpace(DeclarativeSpec spec) {
        this.spec = spec;
    }

    @Override
    public String id() {
        return spec.id();
    }

    @Override
    public int size() {
        return DrawnIndex.SIZE;
    }

    @Override
    public DartsArchitecture architecture(int index) {
        if (index < 0 || index >= size()) {
            throw new UserFacingException(spec.id() + " index " + index + " is out of range 0.." + (size() - 1));
        }
        SplittableRandom rng = new SplittableRandom(DrawnIndex.seedOf(index));
        return new DartsArchitecture(spec, drawCell(rng), drawCell(rng), index);
    }

    @Override
    public DartsArchitecture sample(RandomGenerator rng) {
        return new DartsArchitecture(spec, drawCell(rng), drawCell(rng), -1);
    }

    private List<CellInput> drawCell(RandomGenerator rng) {
        List<CellInput> cell = new ArrayList<>();
        for (int k = 0; k < spec.nodes(); k++) {
            List<Integer> states = new ArrayList<>();
            for (int s = 0; s < k + 2; s++) {
                states.add(s);
            }
            for (int j = 0; j < spec.inputsPerNode(); j++) {
                int from = states.remove(rng.nextInt(states.size()));
                cell.add(new CellInput(rng.nextInt(spec.ops().size()), from));
            }
        }
        return cell;
    }

    @Override
    public DartsArchitecture parse(String text) {
        String t = text == null ? "" : text.strip();
        int n = t.indexOf(DartsArchitecture.NORMAL);
        int r = t.indexOf(DartsArchitecture.REDUCE);
        if (n != 0 || r < 0) {
            throw new UserFacingException("a " + spec.id() + " network is written \"normal:|op~i|op~j|+... "
                    + "reduce:|op~i|op~j|+...\", e.g. " + example() + "; found \"" + t + "\"");
        }
        String normal = t.substring(DartsArchitecture.NORMAL.length(), r).strip();
        String reduce = t.substring(r + DartsArchitecture.REDUCE.length()).strip();
        return new DartsArchitecture(spec, cell(normal, "normal"), cell(reduce, "reduction"), -1);
    }

    private List<CellInput> cell(String text, String which) {
        List<List<CellInput>> nodes = CellText.parse(text, spec, example());
        if (nodes.size() != spec.nodes()) {
            throw new UserFacingException("the " + which + " cell of a " + spec.id() + " network has " + spec.nodes()
                    + " nodes, found " + nodes.size() + " in \"" + text + "\"");
        }
        List<CellInput> cell = new ArrayList<>();
        for (int k = 0; k < nodes.size(); k++) {
            List<CellInput> in = nodes.get(k);
            if (in.size() != spec.inputsPerNode()) {
                throw new UserFacingException("node " + k + " of the " + which + " cell has " + spec.inputsPerNode()
                        + " inputs, found " + in.size() + " in \"" + text + "\"");
            }
            for (int j = 0; j < in.size(); j++) {
                int from = in.get(j).from();
                if (from > k + 1) {
                    throw new UserFacingException("node " + k + " of the " + which + " cell reads state " + from
                            + "; it can read states 0.." + (k + 1) + " (the two input cells and the nodes before it)");
                }
                for (int i = 0; i < j; i++) {
                    if (in.get(i).from() == from) {
                        throw new UserFacingException("node " + k + " of the " + which + " cell reads state " + from
                                + " twice; its inputs are distinct states");
                    }
                }
            }
            cell.addAll(in);
        }
        return cell;
    }

    String example() {
        return architecture(0).encoding();
    }

    /** Changes one pair's op, or its input to another state the node does not read yet, chosen uniformly. */
    @Override
    public DartsArchitecture mutate(Architecture parent, RandomGenerator rng) {
        DartsArchitecture p = (DartsArchitecture) parent;
        boolean reduction = rng.nextBoolean();
        List<CellInput> cell = new ArrayList<>(p.cell(reduction));
        int i = rng.nextInt(cell.size());
        CellInput old = cell.get(i);
        int k = i / spec.inputsPerNode();
        List<Integer> free = new ArrayList<>();
        for (int s = 0; s < k + 2; s++) {
            final int state = s;
            if (cell.subList(k * spec.inputsPerNode(), (k + 1) * spec.inputsPerNode()).stream()
                    .noneMatch(in -> in.from() == state)) {
                free.add(s);
            }
        }
        boolean changeOp = free.isEmpty() || (spec.ops().size() > 1 && rng.nextBoolean());
        if (changeOp && spec.ops().size() > 1) {
            int op = rng.nextInt(spec.ops().size() - 1);
            cell.set(i, new CellInput(op >= old.op() ? op + 1 : op, old.from()));
        } else if (!free.isEmpty()) {
            cell.set(i, new CellInput(old.op(), free.get(rng.nextInt(free.size()))));
        }
        return reduction ? new DartsArchitecture(spec, p.normal(), cell, -1)
                : new DartsArchitecture(spec, cell, p.reduce(), -1);
    }
}
