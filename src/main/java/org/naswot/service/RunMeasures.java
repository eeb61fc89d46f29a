package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.naswot.common.UserFacingException;
import org.naswot.figures.measures.MeasureFigure;
import org.naswot.figures.measures.MeasureTable;
import org.naswot.run.proxies.RunProxyTable;
import org.naswot.store.RunInfo;

/**
 * A run's accuracy and chosen measures side by side for the scatter matrix and the parallel coordinates: the one
 * place the command line and the Proxies view build them, so the same run and measures give the same numbers.
 */
public final class RunMeasures {
    private RunMeasures() {
    }

    /**
     * The accuracy, then {@code measures} in the order given, over every architecture of the table.
     *
     * @param accuracyLabel what the accuracy is, for the colour bar and the key
     */
    public static MeasureTable table(RunProxyTable t, List<String> measures, String accuracyLabel) {
        List<String> names = new ArrayList<>(List.of(MeasureTable.ACCURACY));
        names.addAll(measures);
        double[][] values = new double[names.size()][];
        values[0] = t.accuracy();
        for (int m = 0; m < measures.size(); m++) {
            values[m + 1] = t.values(measures.get(m));
        }
        int[] indices = t.scores().stream().mapToInt(org.naswot.score.ScoreResult::index).toArray();
        return new MeasureTable(t.run().id(), names, values, indices, accuracyLabel);
    }

    /**
     * Every measure, the run's table of them all, and those with stored values in the run.
     *
     * @param all        every measure there is (nwot, the registered proxies, the aggregates)
     * @param loaded     the run's values of them all
     * @param withValues the ones with a stored value for some architecture of the run
     */
    record Checked(List<String> all, RunProxyTable loaded, List<String> withValues) {
    }

    /**
     * The {@code --measures} check of every figure that takes one (matrix, parallel, the proxies' heatmap): a chosen
     * measure that is not one, or has no stored values in the run, is an error naming the ones to choose from.
     */
    static Checked check(RunInfo run, Function<List<String>, RunProxyTable> load, List<String> chosen) {
        List<String> all = RunProxyTable.allMeasures();
        List<String> unknown = chosen.stream().filter(id -> !all.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UserFacingException("--measures: no measure " + String.join(", ", unknown) + "; choose from "
                    + String.join(", ", all));
        }
        RunProxyTable loaded = load.apply(all);
        List<String> withValues = all.stream().filter(id -> loaded.missing(id) < loaded.size()).toList();
        List<String> lacking = chosen.stream().filter(id -> !withValues.contains(id)).toList();
        if (!lacking.isEmpty()) {
            throw new UserFacingException("--measures: run " + run.id() + " has no stored values of "
                    + String.join(", ", lacking) + "; it has values of " + String.join(", ", withValues));
        }
        return new Checked(all, loaded, withValues);
    }

    /**
     * The figure {@code naswot figure --kind matrix|parallel} writes: the accuracy against {@code chosen} (empty:
     * every measure with stored values in the run, as the window's "Measures…" starts); a chosen measure that is
     * not one, or has no values in the run, is an error naming the ones to choose from.
     */
    public static MeasureFigure figure(MeasureFigure.Kind kind, RunInfo run, Function<List<String>, RunProxyTable> load,
                                       List<String> chosen, String accuracyLabel, Consumer<String> notes) {
        Checked checked = check(run, load, chosen);
        List<String> all = checked.all();
        RunProxyTable loaded = checked.loaded();
        List<String> withValues = checked.withValues();
        List<String> shown = chosen.isEmpty() ? withValues : chosen.stream().distinct().toList();
        if (chosen.isEmpty() && withValues.size() < all.size()) {
            notes.accept("left out, no stored values in run " + run.id() + ": " + String.join(", ",
                    all.stream().filter(id -> !withValues.contains(id)).toList()));
        }
        List<String> partial = shown.stream().filter(id -> loaded.missing(id) > 0).toList();
        if (!partial.isEmpty()) {
            notes.accept("run " + run.id() + " lacks stored values of " + String.join(", ", partial) + " for some "
                    + "architectures: their dots are left out of those panels and their lines break there");
        }
        return new MeasureFigure(kind, table(loaded, shown, accuracyLabel), Set.of());
    }
}
