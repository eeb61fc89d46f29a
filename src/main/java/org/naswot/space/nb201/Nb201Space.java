package org.naswot.space.nb201;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * The NAS-Bench-201 cell space: 5 operations on 6 edges, 15,625 cells. Indices follow the benchmark's own
 * order (not lexicographic), taken from the benchmark table's {@code index}/{@code arch_str} columns.
 */
public final class Nb201Space implements SearchSpace {

    public static final String ID = "nb201";
    public static final int SIZE = 15_625;

    private final int[] codeByIndex;
    private final int[] indexByCode;

    private Nb201Space(int[] codeByIndex) {
        this.codeByIndex = codeByIndex;
        this.indexByCode = new int[SIZE];
        Arrays.fill(indexByCode, -1);
        for (int i = 0; i < codeByIndex.length; i++) {
            indexByCode[codeByIndex[i]] = i;
        }
    }

    /**
     * @param archByIndex the benchmark's arch string of each index 0..15624, in index order
     */
    public static Nb201Space fromBenchmarkOrder(List<String> archByIndex) {
        if (archByIndex.size() != SIZE) {
            throw new UserFacingException("the NB201 benchmark table lists " + archByIndex.size()
                    + " architectures; the space has " + SIZE + " (is the table truncated?)");
        }
        int[] codes = new int[SIZE];
        boolean[] seen = new boolean[SIZE];
        for (int i = 0; i < SIZE; i++) {
            int code = new Nb201Architecture(Nb201ArchParser.parse(archByIndex.get(i)), i).code();
            if (seen[code]) {
                throw new UserFacingException("the NB201 benchmark table lists " + archByIndex.get(i) + " twice");
            }
            seen[code] = true;
            codes[i] = code;
        }
        return new Nb201Space(codes);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public Nb201Architecture architecture(int index) {
        if (index < 0 || index >= SIZE) {
            throw new UserFacingException("NB201 index " + index + " is out of range 0.." + (SIZE - 1));
        }
        return new Nb201Architecture(Nb201Architecture.opsOfCode(codeByIndex[index]), index);
    }

    /** Parses an arch string and attaches its benchmark index. */
    @Override
    public Nb201Architecture parse(String text) {
        Nb201Architecture a = new Nb201Architecture(Nb201ArchParser.parse(text), -1);
        return a.withIndex(indexByCode[a.code()]);
    }

    @Override
    public Nb201Architecture sample(RandomGenerator rng) {
        return ofCode(rng.nextInt(SIZE));
    }

    /** Changes one uniformly chosen edge to a different, uniformly chosen operation (NB201's REA mutation). */
    @Override
    public Nb201Architecture mutate(Architecture parent, RandomGenerator rng) {
        Nb201Architecture p = (Nb201Architecture) parent;
        Nb201Op[] ops = p.ops().toArray(new Nb201Op[0]);
        int edge = rng.nextInt(Nb201Architecture.EDGES);
        int replacement = rng.nextInt(Nb201Op.values().length - 1);
        if (replacement >= ops[edge].ordinal()) {
            replacement++;
        }
        ops[edge] = Nb201Op.values()[replacement];
        return ofCode(new Nb201Architecture(Arrays.asList(ops), -1).code());
    }

    private Nb201Architecture ofCode(int code) {
        return new Nb201Architecture(Nb201Architecture.opsOfCode(code), indexByCode[code]);
    }
}
