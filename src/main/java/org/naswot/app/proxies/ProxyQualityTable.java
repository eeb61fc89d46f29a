package org.naswot.app.proxies;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import org.naswot.app.theme.WrappingHeader;
import org.naswot.search.stats.Ndcg;
import org.naswot.search.stats.ProxyComparison;
import org.naswot.search.stats.ProxyQuality;

/**
 * Each shown proxy against the accuracy: Kendall, Spearman, precision of the top 10 % and best-of-N always; nDCG,
 * the size biases and the count as optional columns after them (a "Columns…" menu), so the table fits beside the
 * heatmap and any sideways scrolling is only ever over the optional ones. Columns fill the width and are never
 * narrower than their header's longest word or their widest value, so nothing is cut to "…".
 */
final class ProxyQualityTable extends TableView<ProxyQuality> {
    /** Optional columns shown until the user chooses otherwise. */
    private static final List<String> SHOWN_OPTIONAL = List.of("nDCG");
    private final List<TableColumn<ProxyQuality, String>> optional;
    private final int essential;
    private boolean refitPending;

    ProxyQualityTable(ProxiesViewModel model) {
        TableColumn<ProxyQuality, String> name = column("Proxy", "A zero-cost proxy, or nwot: the NASWOT score");
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        TableColumn<ProxyQuality, String> bestOf = number("", "Mean accuracy (%) of the architecture the proxy ranks "
                + "highest among N drawn at random, over " + ProxyComparison.DRAWS
                + " seeded draws (all architectures when the run has fewer than N); tied picks count with their mean",
                ProxyQuality::bestOfN, "%.2f");
        ((Label) bestOf.getGraphic()).textProperty().bind(Bindings.concat("Best of ",
                model.bestOfProperty().asString()));
        TableColumn<ProxyQuality, String> n = column("n", "Architectures with both a value of the proxy and an "
                + "accuracy (NaN values and missing ones left out)");
        n.setCellValueFactory(c -> new SimpleStringProperty(String.format(Locale.ROOT, "%,d", c.getValue().n())));
        n.setStyle("-fx-alignment: CENTER-RIGHT;");
        List<TableColumn<ProxyQuality, String>> always = List.of(name,
                number("Kendall \u03c4", "Kendall's tau-b against the accuracy", ProxyQuality::kendall, "%.3f"),
                number("Spearman \u03c1", "Spearman's rho against the accuracy", ProxyQuality::spearman, "%.3f"),
                number("Top 10%", "Precision at the top: the share of the proxy's top 10% architectures that are also "
                        + "in the accuracy's top 10%", ProxyQuality::topPrecision, "%.2f"), bestOf);
        optional = List.of(
                number("nDCG", "nDCG@" + Ndcg.CUTOFF + " as VKDNW (CVPR 2025) defines it: the gains 2^accuracy(%) - 1 "
                        + "of the proxy's first " + Ndcg.CUTOFF + " architectures discounted by log2(1 + rank), over "
                        + "the same for the accuracy's own order (1 = the top networks found in order)",
                        ProxyQuality::ndcg, "%.3f"),
                number("\u03c4 params", "Kendall's tau-b of the proxy with the parameter count: its bias towards "
                        + "size (shown when the run has params)", ProxyQuality::tauParams, "%.3f"),
                number("\u03c4 FLOPs", "Kendall's tau-b of the proxy with the FLOPs: its bias towards size (shown "
                        + "when the run has flops)", ProxyQuality::tauFlops, "%.3f"), n);
        essential = always.size();
        getColumns().setAll(always);
        getColumns().addAll(optional);
        optional.forEach(c -> c.setVisible(SHOWN_OPTIONAL.contains(headerText(c))));
        setItems(model.rows());
        getStyleClass().add("proxy-quality-table");
        fitColumns();
        setPlaceholder(new Label(""));
        // the proxy column as wide as the longest shown name: no "az_expre…"
        Label header = (Label) name.getGraphic();
        name.minWidthProperty().unbind();
        name.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(widest(List.of("Proxy"),
                header.getFont()), widest(getItems().stream().map(ProxyQuality::name).toList(), header.getFont())),
                header.fontProperty(), getItems()));
        // after the pass that changed a width or a font: changing the policy inside a CSS pass changes the children
        // it walks
        javafx.beans.InvalidationListener refit = o -> {
            if (!refitPending) {
                refitPending = true;
                javafx.application.Platform.runLater(() -> {
                    refitPending = false;
                    fitColumns();
                });
            }
        };
        widthProperty().addListener(refit);
        getColumns().forEach(c -> {
            c.minWidthProperty().addListener(refit);
            c.visibleProperty().addListener(refit);
        });
    }

    /** Room for the vertical scroll bar, the border and the columns rounding up their widths. */
    private static final double SCROLL_BAR = 40;

    /** The width the columns every user needs take at their narrowest, with the vertical scroll bar. */
    double essentialWidth() {
        return getColumns().subList(0, essential).stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR;
    }

    /** The width the shown columns need at their narrowest, with the vertical scroll bar. */
    double neededWidth() {
        return getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR;
    }

    /**
     * Columns fill the width while they all fit; otherwise each keeps its narrowest width and the table scrolls
     * sideways (a constrained table never shows a sideways scroll bar: it would cut the last columns unseen).
     */
    private void fitColumns() {
        boolean fits = getWidth() <= 0 || neededWidth() <= getWidth();
        var policy = fits ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS : TableView.UNCONSTRAINED_RESIZE_POLICY;
        if (getColumnResizePolicy() != policy) {
            setColumnResizePolicy(policy);
        }
        if (!fits) {
            // back from a constrained layout's stretched widths (an unchanged preferred width would not apply)
            getColumns().forEach(c -> {
                c.setPrefWidth(c.getMinWidth() + 1);
                c.setPrefWidth(c.getMinWidth());
            });
        }
    }

    /** A menu of the optional columns, each with a check box; ticking one shows it. */
    MenuButton columnsMenu() {
        MenuButton menu = new MenuButton("Columns\u2026");
        for (TableColumn<ProxyQuality, String> c : optional) {
            CheckBox box = new CheckBox(headerText(c));
            box.selectedProperty().bindBidirectional(c.visibleProperty());
            CustomMenuItem item = new CustomMenuItem(box);
            item.setHideOnClick(false);
            menu.getItems().add(item);
        }
        menu.setTooltip(new javafx.scene.control.Tooltip("Optional columns of the table: nDCG, the size biases "
                + "(\u03c4 params, \u03c4 FLOPs) and the count n"));
        return menu;
    }

    /** The columns a user cannot hide, in order: never scrolled out of view. */
    List<TableColumn<ProxyQuality, ?>> essentialColumns() {
        return List.copyOf(getColumns().subList(0, essential));
    }

    private static double widest(List<String> texts, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(font);
        return texts.stream().mapToDouble(s -> {
            t.setText(s);
            return t.getLayoutBounds().getWidth();
        }).max().orElse(0) + 16;
    }

    /** A column whose header (a label: headers have no tooltip of their own) explains it on hover. */
    private static TableColumn<ProxyQuality, String> column(String title, String explanation) {
        TableColumn<ProxyQuality, String> c = new TableColumn<>();
        WrappingHeader.install(c, title, explanation);
        return c;
    }

    /** The header text of a table column. */
    static String headerText(TableColumn<?, ?> c) {
        return c.getGraphic() instanceof Label l ? l.getText() : c.getText();
    }

    /** A right-aligned number column, at least as wide as its header's longest word and as "−0.000". */
    private static TableColumn<ProxyQuality, String> number(String title, String explanation,
                                                           ToDoubleFunction<ProxyQuality> value, String format) {
        TableColumn<ProxyQuality, String> c = column(title, explanation);
        c.setCellValueFactory(f -> {
            double v = value.applyAsDouble(f.getValue());
            return new SimpleStringProperty(Double.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, format, v)
                    .replace('-', '\u2212'));
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        Label header = (Label) c.getGraphic();
        javafx.beans.binding.DoubleBinding words = Bindings.createDoubleBinding(
                () -> widest(List.of(header.getText().split("\\s+")), header.getFont()), header.textProperty(),
                header.fontProperty());
        c.minWidthProperty().unbind();
        c.minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(words.get(),
                widest(List.of("\u22120.000"), header.getFont())), words));
        return c;
    }
}
