package org.naswot.app.export;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The right-click menu of a chart: our export (provenance, print theme, the dialog's sizes) instead of JFreeChart's
 * own "Export As", which wrote a PNG without provenance in the screen theme (review N11).
 */
public final class ExportMenu {
    private ExportMenu() {
    }

    public static void install(Node chart, Runnable exportFigure, Runnable exportCsv) {
        MenuItem figure = new MenuItem("Export figure…");
        figure.setOnAction(e -> exportFigure.run());
        MenuItem csv = new MenuItem("Export data as CSV…");
        csv.setOnAction(e -> exportCsv.run());
        ContextMenu menu = new ContextMenu(figure, csv);
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }
}
