package org.naswot.app.explore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.naswot.figures.model.ScorePoint;
import org.naswot.service.ScoreRanks;

/**
 * The points of a space without accuracies as they came, and their copies with y = the score's percentile rank among
 * them (100 the best), which the scatter plots instead (ranks change as points arrive, so they are recomputed).
 */
final class RankedPoints {
    private final List<ScorePoint> raw = new ArrayList<>();

    void addAll(Collection<? extends ScorePoint> points) {
        raw.addAll(points);
    }

    List<ScorePoint> raw() {
        return List.copyOf(raw);
    }

    void clear() {
        raw.clear();
    }

    List<ScorePoint> ranked() {
        double[] ranks = ScoreRanks.percentiles(raw.stream().mapToDouble(ScorePoint::score).toArray());
        List<ScorePoint> out = new ArrayList<>(raw.size());
        for (int i = 0; i < ranks.length; i++) {
            ScorePoint p = raw.get(i);
            out.add(new ScorePoint(p.index(), p.arch(), p.score(), ranks[i], p.params(), p.group()));
        }
        return out;
    }
}
