package org.naswot.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each kind of figure has its own default export size and remembers its own (review N6). */
class ExportSizesByKindTest {

    @org.junit.jupiter.api.BeforeEach
    @org.junit.jupiter.api.AfterEach
    void defaults() {
        ExportDialog.forgetAnswers();
    }

    @Test
    void kindsHaveTheirOwnDefaultsAndTheEarlierPreferencesStillLoad() {
        assertEquals(5.0, ExportDialog.rememberedFor("proxies").widthIn());
        assertEquals(4.0, ExportDialog.rememberedFor("proxies").heightIn());
        assertEquals(4.5, ExportDialog.rememberedFor("lecture").heightIn());
        // the earlier preferences file held one set of answers: they become the scatter's
        ExportDialog.restore("{\"format\":\"PNG\",\"widthIn\":4.0,\"heightIn\":3.0,\"dpi\":600,\"print\":true,"
                + "\"fontPt\":8.0,\"serif\":false,\"title\":false,\"marks\":false,\"caption\":true,\"csv\":false}");
        assertEquals(4.0, ExportDialog.rememberedFor("scatter").widthIn());
        assertEquals(600, ExportDialog.rememberedFor("proxies").dpi(), "other answers carry over");
        assertEquals(5.0, ExportDialog.rememberedFor("proxies").widthIn(), "not the scatter's size");
        // and the new form round-trips
        String json = ExportDialog.rememberedJson();
        ExportDialog.restore(json);
        assertEquals(4.0, ExportDialog.rememberedFor("scatter").widthIn());
    }
}
