package org.naswot.search;

import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/** A space whose "random" samples are a fixed script, so a test controls exactly what a search sees. */
final class ScriptedSpace implements SearchSpace {
    private final List<Integer> script;
    private int next;

    ScriptedSpace(Integer... indices) {
        this.script = List.of(indices);
    }

    @Override
    public String id() {
        return "toy";
    }

    @Override
    public int size() {
        return ToySpace.SIZE;
    }

    @Override
    public Architecture architecture(int index) {
        return new ToySpace.Cell(index);
    }

    @Override
    public Architecture parse(String text) {
        return new ToySpace().parse(text);
    }

    @Override
    public Architecture sample(RandomGenerator rng) {
        return new ToySpace.Cell(script.get(next++));
    }

    @Override
    public Architecture mutate(Architecture parent, RandomGenerator rng) {
        throw new UnsupportedOperationException("scripted space only samples");
    }
}
