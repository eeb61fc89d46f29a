package org.naswot.app.main;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Worker;

/**
 * The window's bottom line, shared by scoring, data tasks and run loading: whether a run is scoring, the progress,
 * the status text and the notes (warnings that outlive the status).
 */
record StatusLine(BooleanProperty running, DoubleProperty progress, StringProperty status,
                  ObservableList<String> notes) {

    /** Progress and status follow a background task until {@link #release(String)}. */
    void follow(Worker<?> task) {
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
    }

    /** Ends {@link #follow(Worker)}: the status says {@code message} (null: keeps the task's last message). */
    void release(String message) {
        progress.unbind();
        status.unbind();
        if (message != null) {
            status.set(message);
        }
    }

    /** One daemon thread: background work never keeps the application alive. */
    static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
