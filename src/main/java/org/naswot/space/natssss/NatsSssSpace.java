package org.naswot.space.natssss;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * NATS-Bench's size search space: 8^5 = 32,768 channel configurations of one fixed cell. Indices follow
 * the benchmark's enumeration, itertools.product over the candidates (first layer most significant).
 */
public final class NatsSssSpace implements SearchSpace {
    public static final String ID = "nats-sss";
    public static final int SIZE = 32_768;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int size() {
        return SIZE;
    }

    @Override
    public NatsSssArchitecture architecture(int index) {
        if (index < 0 || index >= SIZE) {
            throw new UserFacingException("NATS-Bench size-space index " + index + " is out of range 0.." + (SIZE - 1));
        }
        return NatsSssArchitecture.ofCode(index);
    }

    @Override
    public NatsSssArchitecture parse(String text) {
        return NatsSssArchitecture.parse(text);
    }

    @Override
    public NatsSssArchitecture sample(RandomGenerator rng) {
        return NatsSssArchitecture.ofCode(rng.nextInt(SIZE));
    }

    /** Changes one layer's width to another candidate (NATS-Bench's size-space mutation). */
    @Override
    public NatsSssArchitecture mutate(Architecture parent, RandomGenerator rng) {
        List<Integer> c = new ArrayList<>(((NatsSssArchitecture) parent).channels());
        int layer = rng.nextInt(NatsSssArchitecture.LAYERS);
        int current = NatsSssArchitecture.candidate(c.get(layer));
        int replacement = rng.nextInt(NatsSssArchitecture.CANDIDATES.length - 1);
        if (replacement >= current) {
            replacement++;
        }
        c.set(layer, NatsSssArchitecture.CANDIDATES[replacement]);
        NatsSssArchitecture child = new NatsSssArchitecture(c, -1);
        return child.withIndex(child.code());
    }
}
