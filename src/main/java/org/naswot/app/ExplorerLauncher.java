package org.naswot.app;

import javafx.application.Application;

/**
 * Starts the JavaFX application from the command line (kept apart from {@link ExplorerApp} so the CLI does
 * not touch JavaFX classes until the window is wanted). With {@code headless}, JavaFX renders into memory
 * through Monocle (no display needed), for screenshots on servers and CI.
 */
public final class ExplorerLauncher {
    private ExplorerLauncher() {
    }

    public static void launch(boolean headless, String... args) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
            // Monocle's default headless screen is smaller than the window
            System.setProperty("headless.geometry", "1920x1200-32");
        }
        Application.launch(ExplorerApp.class, args);
    }
}
