package org.naswot.app.export;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import java.util.Locale;

/**
 * Where an export goes: normally the platform's save dialog. A seam so headless tests (where Monocle has
 * no native file chooser) can drive the real menus and dialogs and still choose the file.
 */
@FunctionalInterface
public interface SaveTarget {
    /**
     * @param extension the file's extension; empty for a folder to be created (File ▸ Export all…'s report),
     *                  named in the same save dialog
     * @return the chosen file, or null when the user cancelled
     */
    Path choose(Window owner, String initialName, String extension);

    SaveTarget FILE_CHOOSER = (owner, initialName, extension) -> {
        FileChooser fc = new FileChooser();
        // a title, and the folder of the last export (else the user's home), not the process's working directory
        // (review N21)
        fc.setTitle("Save " + initialName);
        File dir = LastFolder.get();
        if (dir != null) {
            fc.setInitialDirectory(dir);
        }
        fc.setInitialFileName(initialName);
        if (!extension.isEmpty()) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                    "*." + extension));
        }
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            LastFolder.set(f.getParentFile());
        }
        return f == null ? null : f.toPath();
    };

    /** Where the save dialog opens: the last export's folder in this session, else the user's home. */
    final class LastFolder {
        private static volatile File last;

        private LastFolder() {
        }

        static File get() {
            if (last != null && last.isDirectory()) {
                return last;
            }
            // the launcher moves user.home under the app's cache (the JDK's font cache): the real home is $HOME
            String home = System.getenv("HOME");
            File h = home == null ? null : new File(home);
            return h != null && h.isDirectory() ? h : null;
        }

        static void set(File dir) {
            last = dir;
        }
    }
}
