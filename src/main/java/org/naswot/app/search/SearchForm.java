package org.naswot.app.search;

import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.naswot.search.Budget;
import org.naswot.store.SearchAlgorithm;

/**
 * The Search tab's picker: the algorithm and its own parameters with {@code naswot search}'s defaults (N for naswot
 * and random; the budget, population P and tournament size S for rea and area), and the number of runs. Only the
 * picked algorithm's fields show.
 */
final class SearchForm extends FlowPane {
    final ComboBox<SearchAlgorithm> algorithm = new ComboBox<>();
    final Spinner<Integer> n = spinner(1, 10_000, SearchRequest.DEFAULTS.n(), 10, "search-n");
    /** Whole queries or seconds (an Integer spinner like the window's others). */
    final Spinner<Integer> budget = spinner(1, 10_000_000, (int) SearchRequest.DEFAULTS.budget(), 10, "search-budget");
    final ComboBox<Budget.Unit> unit = new ComboBox<>();
    final Spinner<Integer> population = spinner(1, 1_000, SearchRequest.DEFAULTS.population(), 1, "search-population");
    final Spinner<Integer> sampleSize = spinner(1, 1_000, SearchRequest.DEFAULTS.sampleSize(), 1, "search-sample-size");
    final Spinner<Integer> runs = spinner(1, 1_000, SearchRequest.DEFAULTS.runs(), 1, "search-runs");

    SearchForm() {
        super(8, 6);
        algorithm.getItems().setAll(SearchAlgorithm.values());
        algorithm.setValue(SearchRequest.DEFAULTS.algorithm());
        algorithm.setId("search-algorithm");
        algorithm.setCellFactory(l -> new AlgorithmCell());
        algorithm.setButtonCell(new AlgorithmCell());
        algorithm.setTooltip(new Tooltip("NASWOT: score N random untrained cells, keep the best score (the paper's "
                + "Algorithm 1).\nREA: regularised evolution (Real et al. 2019), each child's accuracy looked up.\n"
                + "AREA: the paper's score-seeded evolution: score 20 random cells, seed REA with the best P.\n"
                + "random: the best accuracy of N random cells."));
        budget.setPrefWidth(100);
        unit.getItems().setAll(Budget.Unit.values());
        unit.setValue(SearchRequest.DEFAULTS.budgetUnit());
        unit.setId("search-budget-unit");
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Budget.Unit u) {
                return u == null ? "" : u.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Budget.Unit fromString(String s) {
                return Budget.Unit.valueOf(s.toUpperCase(Locale.ROOT));
            }
        });
        tip(n, "N: cells sampled (with replacement) per run; NASWOT scores them, random looks their accuracies up.");
        tip(budget, "Budget of each REA/AREA run: benchmark queries, or seconds of simulated training (needs the "
                + "benchmark's training times; the built-in tables have none, so use queries).");
        unit.setTooltip(new Tooltip(budget.getTooltip().getText()));
        tip(population, "P: population size of REA/AREA (NAS-Bench-201's REA: 10; AREA needs P <= 20).");
        tip(sampleSize, "S: tournament size, members drawn to pick the parent (NAS-Bench-201's REA: 3).");
        tip(runs, "R: repeated searches, with seeds Seed .. Seed + R - 1 (1 .. R with the default Seed 1), as naswot search "
                + "--runs R --seed Seed.");
        BooleanBinding takesN = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> SearchRequest.takesN(algorithm.getValue()), algorithm.valueProperty());
        getChildren().addAll(new Label("algorithm"), algorithm,
                shownWhen(takesN, new HBox(6, label("N"), n)),
                shownWhen(takesN.not(), new HBox(6, label("budget"), budget, unit, label("P"), population, label("S"),
                        sampleSize)),
                new Label("runs"), runs);
    }

    /** The picked search. */
    SearchRequest request() {
        return new SearchRequest(algorithm.getValue(), n.getValue(), budget.getValue(), unit.getValue(),
                population.getValue(), sampleSize.getValue(), runs.getValue());
    }

    private static Spinner<Integer> spinner(int min, int max, int value, int step, String id) {
        Spinner<Integer> s = new Spinner<>(min, max, value, step);
        s.setEditable(true);
        s.setPrefWidth(90);
        s.setId(id);
        return s;
    }

    private static void tip(javafx.scene.control.Control c, String text) {
        c.setTooltip(new Tooltip(text));
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Node shownWhen(BooleanBinding condition, HBox box) {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(condition);
        box.managedProperty().bind(condition);
        return box;
    }

    /** The algorithm's name as the paper and the command line say it. */
    static String title(SearchAlgorithm a) {
        return switch (a) {
            case NASWOT -> "NASWOT (no training)";
            case REA -> "REA (Real et al. 2019)";
            case AREA -> "AREA (score-seeded REA)";
            case RANDOM -> "random sampling";
        };
    }

    private static final class AlgorithmCell extends ListCell<SearchAlgorithm> {
        @Override
        protected void updateItem(SearchAlgorithm a, boolean empty) {
            super.updateItem(a, empty);
            setText(empty || a == null ? null : title(a));
        }
    }
}
