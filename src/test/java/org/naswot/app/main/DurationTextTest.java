package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Long estimates read as days, not "243.4 hours" (review N8). */
class DurationTextTest {
    @Test
    void minutesHoursDays() {
        assertEquals("40 minutes", SettingsPane.duration(2400));
        assertEquals("3.2 hours", SettingsPane.duration(3.2 * 3600));
        assertEquals("10 days", SettingsPane.duration(243.4 * 3600));
    }
}
