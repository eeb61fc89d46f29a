package org.naswot.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.naswot.run.Sampling;
import org.naswot.run.SpaceContext;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * Which architectures a scoring run scores, the same for the command line, the window and Spark: a seeded sample,
 * listed indices or the whole space, less what the space's reference code does not score (NDS entries with an
 * auxiliary head), which is counted and said.
 *
 * @param architectures what to score, in order
 * @param selected      how many were selected before leaving any out
 * @param leftOut       for each reason a space gave, how many were left out for it
 */
public record ArchitectureSelection(List<Architecture> architectures, int selected, Map<String, Integer> leftOut) {

    /** What a user asks for. */
    public sealed interface Request {
        /** {@code count} distinct architectures drawn with {@code seed}; more than the space holds is refused. */
        record Sample(int count, long seed) implements Request {
        }

        /** The listed benchmark indices, in order (duplicates once). */
        record Indices(List<Integer> indices) implements Request {
        }

        /** Every architecture of the space. */
        record All() implements Request {
        }

        /** Architectures given by their strings (parsed already, e.g. from a list file), in order (duplicates once). */
        record Listed(List<Architecture> architectures) implements Request {
        }
    }

    public static ArchitectureSelection of(SpaceContext context, Request request) {
        SearchSpace space = context.space();
        if (request instanceof Request.Listed listed) {
            return kept(space, listed.architectures().stream().distinct().toList());
        }
        List<Integer> indices;
        if (request instanceof Request.Sample s) {
            indices = java.util.Arrays.stream(Sampling.distinct(space.size(), s.count(), s.seed())).boxed().toList();
        } else if (request instanceof Request.Indices l) {
            indices = l.indices().stream().distinct().toList();
        } else {
            indices = java.util.stream.IntStream.range(0, space.size()).boxed().toList();
        }
        return kept(space, indices.stream().map(space::architecture).toList());
    }

    /** The architectures the space's reference code scores, and how many were left out for each reason. */
    private static ArchitectureSelection kept(SearchSpace space, List<Architecture> chosen) {
        List<Architecture> kept = new ArrayList<>(chosen.size());
        Map<String, Integer> leftOut = new LinkedHashMap<>();
        for (Architecture a : chosen) {
            Optional<String> why = space.unscorable(a);
            if (why.isPresent()) {
                leftOut.merge(why.get(), 1, Integer::sum);
            } else {
                kept.add(a);
            }
        }
        return new ArchitectureSelection(List.copyOf(kept), chosen.size(), Map.copyOf(leftOut));
    }

    /** Architectures left out, for every reason together. */
    public int skipped() {
        return selected - architectures.size();
    }

    /** One sentence per reason, e.g. "3 of 40 selected nds:DARTS entries have an auxiliary head ...". */
    public List<String> notes(String spaceId) {
        List<String> out = new ArrayList<>();
        leftOut.forEach((why, n) -> out.add(n + " of " + selected + " selected " + spaceId + " entries " + why));
        return out;
    }

    /**
     * What "the whole space" means for an estimate: how many architectures {@code --all} scores here (the opened
     * space, e.g. NB101's 500 built-in cells, not the 423,624 of the benchmark) and how many carry a value in
     * {@code column}.
     */
    public record WholeSpace(int architectures, int withAccuracy) {
    }

    public static WholeSpace wholeSpace(SpaceContext context, String column) {
        int n = context.space().size();
        int known = 0;
        for (int i = 0; i < n; i++) {
            try {
                known += Double.isFinite(context.accuracy(i, column)) ? 1 : 0;
            } catch (RuntimeException noSuchColumn) {
                // a column this space lacks: none carries it
                return new WholeSpace(n, 0);
            }
        }
        return new WholeSpace(n, known);
    }
}
