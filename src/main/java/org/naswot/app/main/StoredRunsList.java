package org.naswot.app.main;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.naswot.store.RunInfo;

/**
 * The stored runs as a history: each with its tau; selecting one shows it (and sets the pickers to its settings),
 * selecting several shows them together; rename, delete and show together in its context menu. A search's sub-runs
 * are listed only on request ({@link #header()}'s check box).
 */
final class StoredRunsList extends ListView<RunInfo> {
    private final RunListViewModel model;
    private final HBox header;

    /** {@code reopened} is told of a run about to be shown alone (the window sets its pickers to the run's). */
    StoredRunsList(RunListViewModel model, ExplorerViewModel vm, Consumer<RunInfo> reopened) {
        this.model = model;
        // a search's sub-runs (one per repetition) are listed only on request, apart from scoring runs
        CheckBox searchRuns = new CheckBox("also search sub-runs");
        FilteredList<RunInfo> listed = new FilteredList<>(model.runs, r -> !isSearchRun(r));
        searchRuns.selectedProperty().addListener((o, a, on) -> listed.setPredicate(r -> on || !isSearchRun(r)));
        setItems(listed);
        setPrefHeight(180);
        setCellFactory(l -> new RunCell(l));
        model.runTaus.addListener((MapChangeListener<Long, Double>) c -> refresh());
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunInfo>) c -> {
            if (vm.running.get() || restoring) {
                return;
            }
            List<RunInfo> chosen = List.copyOf(getSelectionModel().getSelectedItems());
            if (!chosen.isEmpty()) {
                selectedIds = chosen.stream().map(RunInfo::id).toList();
            }
            if (chosen.size() == 1) {
                reopened.accept(chosen.get(0));
                model.show(chosen.get(0));
            } else if (chosen.size() > 1) {
                model.showTogether(chosen);
            }
        });
        // the list is read again after a rename or a run's end: keep what was selected (review N18: it was lost)
        model.runs.addListener((ListChangeListener<RunInfo>) c -> javafx.application.Platform.runLater(
                this::restoreSelection));
        model.reopenRequest.addListener((o, a, run) -> {
            if (run != null) {
                model.reopenRequest.set(null);
                select(run);
            }
        });
        // a run shown without a click (one just scored) is marked and scrolled to: it was added below the fold while
        // the list kept the earlier run highlighted
        model.shownRun.addListener((o, a, run) -> {
            if (run != null && getSelectionModel().getSelectedItems().stream().noneMatch(r -> r.id() == run.id())) {
                mark(run);
            }
        });
        setContextMenu(runMenu(vm));
        Label runsTitle = new Label("Stored runs");
        runsTitle.getStyleClass().add("section-title");
        header = new HBox(10, runsTitle, searchRuns);
    }

    private boolean restoring;
    private List<Long> selectedIds = List.of();

    private void restoreSelection() {
        if (!getSelectionModel().getSelectedItems().isEmpty() || selectedIds.isEmpty()) {
            return;
        }
        restoring = true;
        try {
            for (int i = 0; i < getItems().size(); i++) {
                if (selectedIds.contains(getItems().get(i).id())) {
                    getSelectionModel().select(i);
                }
            }
        } finally {
            restoring = false;
        }
    }

    /**
     * Shows a run and marks it in the list, without the click's setting of the pickers to the run's: nobody clicked,
     * and the pickers keep what the user left them at (the window never changes a setting behind their back).
     */
    private void select(RunInfo run) {
        mark(run);
        model.show(run);
    }

    /** Selects and scrolls to {@code run} in the list, showing nothing. */
    private void mark(RunInfo run) {
        restoring = true;
        try {
            for (int i = 0; i < getItems().size(); i++) {
                if (getItems().get(i).id() == run.id()) {
                    getSelectionModel().clearAndSelect(i);
                    scrollTo(i);
                    selectedIds = List.of(run.id());
                }
            }
        } finally {
            restoring = false;
        }
    }

    /** The list's title and its "also search sub-runs" check box. */
    HBox header() {
        return header;
    }

    private static boolean isSearchRun(RunInfo r) {
        return r.label() != null && r.label().startsWith("search ");
    }

    /** A run's line and its tau, wrapped within the list instead of scrolling sideways. */
    private final class RunCell extends ListCell<RunInfo> {
        RunCell(ListView<RunInfo> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(RunInfo r, boolean empty) {
            super.updateItem(r, empty);
            String text = empty || r == null ? null : RunListText.of(r, model.runTaus.get(r.id()));
            setText(text);
            setTooltip(text == null ? null : new Tooltip(text + (r.images() == null ? "" : "\nimages: " + r.images())));
        }
    }

    /** Rename, delete, show together: the stored runs as a history. */
    private ContextMenu runMenu(ExplorerViewModel vm) {
        MenuItem rename = new MenuItem("Rename\u2026");
        rename.setOnAction(e -> {
            RunInfo r = getSelectionModel().getSelectedItem();
            if (r == null) {
                return;
            }
            TextInputDialog d = new TextInputDialog(r.title() == null ? "" : r.title());
            d.setTitle("Rename run " + r.id());
            d.setHeaderText("A name for run #" + r.id() + " (empty: its command line)");
            d.initOwner(getScene().getWindow());
            d.showAndWait().ifPresent(t -> model.renameRun(r, t));
        });
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> {
            List<RunInfo> chosen = List.copyOf(getSelectionModel().getSelectedItems());
            if (chosen.isEmpty()) {
                return;
            }
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete " + chosen.size() + " run(s) and their "
                    + "scores from " + vm.db() + "?", ButtonType.OK, ButtonType.CANCEL);
            ask.initOwner(getScene().getWindow());
            if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
                chosen.forEach(model::deleteRun);
            }
        });
        MenuItem together = new MenuItem("Show together");
        together.setOnAction(e -> model.showTogether(List.copyOf(getSelectionModel().getSelectedItems())));
        rename.disableProperty().bind(Bindings.size(getSelectionModel().getSelectedItems()).isNotEqualTo(1));
        together.disableProperty().bind(Bindings.size(getSelectionModel().getSelectedItems()).lessThan(2));
        return new ContextMenu(rename, together, delete);
    }
}
