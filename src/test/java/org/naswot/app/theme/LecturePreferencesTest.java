package org.naswot.app.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's autoplay speed is remembered like the other preferences (review X7). */
class LecturePreferencesTest {

    @Test
    void theAutoplaySpeedSurvivesASaveAndALoadWithTheOtherChoices(@TempDir Path dir) throws Exception {
        PreferencesStore store = new PreferencesStore(dir.resolve("preferences.json"));
        assertNull(store.load().lectureSeconds(), "nothing saved yet");
        Preferences p = Preferences.defaults().withMarkers(1.5, 0.5).withLectureSeconds(5.0).withTheme(Theme.DARK);
        store.save(p);
        Preferences back = store.load();
        assertEquals(5.0, back.lectureSeconds());
        assertEquals(1.5, back.markerSize(), "the other fields keep theirs");
        assertEquals(p, back);
    }
}
