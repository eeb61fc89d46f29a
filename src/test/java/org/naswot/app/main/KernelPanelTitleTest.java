package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernel panels say which is the selected cell and which the plot's lowest (review m7). */
class KernelPanelTitleTest {
    @Test
    void panelsNameTheirRole() {
        var a = org.naswot.run.SpaceContext.open("nb201", new org.naswot.data.DataDirectory(
                java.nio.file.Path.of("target", "no-data"))).space().architecture(6111);
        assertEquals("#6111 \u00b7 selected  " + a.encoding(), ArchitectureDetailTask.title(a, "selected"));
    }
}
