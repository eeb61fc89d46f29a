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
    /** @return the chosen file, or null when the user cancelled */
    Path choose(Window owner, String initialName, String extension);

    SaveTarget FILE_CHOOSER = (owner, initialName, extension) -> {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    };
}
