package org.naswot.app.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.concurrent.Task;
import org.naswot.data.DataDirectory;
import org.naswot.data.download.DatasetInstaller;
import org.naswot.data.download.DatasetSource;
import org.naswot.data.download.Downloader;
import java.util.concurrent.CancellationException;

/**
 * Downloads a dataset's official archive into the data directory in the background (the window's "Download"
 * button), as {@code naswot data download} does: resumable, MD5-checked, unpacked; progress in bytes.
 */
public final class DatasetDownloadTask extends Task<List<Path>> {
    private final DatasetSource source;
    private final DataDirectory data;

    public DatasetDownloadTask(DatasetSource source, DataDirectory data) {
        this.source = source;
        this.data = data;
        updateTitle("Downloading " + source.fileName());
    }

    @Override
    protected List<Path> call() {
        updateMessage("Downloading " + source.fileName() + " into " + data.root() + "...");
        List<Path> files = new DatasetInstaller(new Downloader()).install(source, data, null, (done, total) -> {
            if (isCancelled()) {
                throw new CancellationException("download cancelled");
            }
            updateProgress(done, total > 0 ? total : -1);
            updateMessage(total > 0 ? String.format(Locale.ROOT, "Downloading %s: %.0f of %.0f MB", source.fileName(),
                    done / 1e6, total / 1e6) : String.format(Locale.ROOT, "Downloading %s: %.0f MB",
                    source.fileName(), done / 1e6));
        });
        updateMessage(source.id() + " downloaded and unpacked into " + data.resolve(source.id()));
        return files;
    }
}
