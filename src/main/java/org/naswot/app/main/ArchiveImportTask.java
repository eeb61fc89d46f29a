package org.naswot.app.main;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.naswot.data.DataDirectory;
import org.naswot.data.download.CifarArchiveImport;
import org.naswot.data.download.DatasetSource;

/**
 * Unpacks a CIFAR archive downloaded by hand into the data directory in the background (File ▸ Import data…, and
 * "Import archive…" under the Download button), with {@code naswot data import}'s service: MD5-checked, and nothing
 * written unless all of it is. Cancel stops it between steps.
 */
public final class ArchiveImportTask extends Task<CifarArchiveImport.Result> {
    private final Path file;
    private final DatasetSource source;
    private final DataDirectory data;

    ArchiveImportTask(Path file, DatasetSource source, DataDirectory data) {
        this.file = file;
        this.source = source;
        this.data = data;
        updateTitle("Importing " + file.getFileName());
    }

    @Override
    protected CifarArchiveImport.Result call() {
        updateProgress(-1, 1);
        updateMessage("Checking and unpacking " + file.getFileName() + " into " + data.resolve(source.id()) + "...");
        return CifarArchiveImport.run(file, source, data, this::isCancelled);
    }

    /** Asks for the archive with the platform's file dialog, then imports it (nothing happens when none is chosen). */
    static void chooseAndImport(Window owner, DataChecksViewModel checks) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CIFAR archive downloaded by hand");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CIFAR binary archive", "cifar-10-binary.tar.gz",
                        "cifar-100-binary.tar.gz", "*.tar.gz"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(owner);
        if (f != null) {
            checks.importArchive(f.toPath());
        }
    }
}
