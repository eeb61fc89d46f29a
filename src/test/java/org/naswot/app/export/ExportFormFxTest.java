package org.naswot.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.figures.export.LegendPosition;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog's controls as the review read them: the Preset names a figure's own default size (m10, it said
 * "custom"), the Title box says where the statistics go now (M4), and the legend position is a choice (X4).
 */
@ExtendWith(ApplicationExtension.class)
class ExportFormFxTest {
    private ExportForm cell;

    @Start
    void start(Stage stage) {
        ExportDialog.forgetAnswers();
        cell = new ExportForm(ExportDialog.rememberedFor("cell"), "cell");
        stage.setScene(new Scene(cell.grid));
        stage.show();
    }

    @AfterEach
    void defaults() {
        ExportDialog.forgetAnswers();
    }

    @Test
    void theFiguresOwnDefaultSizeIsANamedPreset(FxRobot robot) {
        assertEquals("default for this figure (5 x 3.75 in)", String.valueOf(cell.preset.getValue()));
        robot.interact(() -> cell.width.getValueFactory().setValue(6.0));
        assertNull(cell.preset.getValue(), "an edited size is custom");
        robot.interact(() -> cell.preset.setValue(cell.preset.getItems().stream()
                .filter(p -> p.label().startsWith("double column")).findFirst().orElseThrow()));
        assertEquals(7.0, cell.width.getValue());
        assertEquals(3.0, cell.height.getValue());
        robot.interact(() -> {
            cell.width.getValueFactory().setValue(5.0);
            cell.height.getValueFactory().setValue(3.75);
        });
        assertTrue(String.valueOf(cell.preset.getValue()).startsWith("default for this figure"), "back to the default");
        // the scatter's default is the single column: named once, as such
        assertEquals("single column (3.5 in)", ExportForm.matching(ExportForm.presetsFor("scatter"), 3.5, 2.625).label());
        assertEquals(ExportDialog.Size.values().length, ExportForm.presetsFor("scatter").size());
    }

    @Test
    void theTitleBoxSaysWhereTheStatisticsGoAndTheLegendIsAChoice(FxRobot robot) {
        assertFalse(cell.title.getText().contains("corner"), cell.title.getText());
        assertTrue(cell.title.getText().contains("above the plot"), cell.title.getText());
        assertFalse(cell.grid.getChildren().contains(cell.legend), "the cell's figure has no movable legend");
        ExportForm[] scatter = new ExportForm[1];
        robot.interact(() -> scatter[0] = new ExportForm(ExportDialog.rememberedFor("scatter"), "scatter"));
        ExportForm form = scatter[0];
        assertTrue(form.grid.getChildren().contains(form.legend));
        assertEquals(LegendPosition.AS_SHOWN, form.legend.getValue(), "as in the window until chosen");
        robot.interact(() -> form.legend.setValue(LegendPosition.INSIDE_TOP_LEFT));
        assertEquals(LegendPosition.INSIDE_TOP_LEFT, form.answers().legend());
        assertEquals(LegendPosition.INSIDE_TOP_LEFT, form.layout().legend());
        // remembered through the preferences' JSON; answers saved before the choice existed read as "as shown"
        ExportDialog.restore("{\"last\":" + json(form.answers()) + ",\"kinds\":{\"scatter\":" + json(form.answers())
                + "}}");
        assertEquals(LegendPosition.INSIDE_TOP_LEFT, ExportDialog.rememberedFor("scatter").legend());
        ExportDialog.restore("{\"format\":\"PNG\",\"widthIn\":4.0,\"heightIn\":3.0,\"dpi\":600,\"print\":true,"
                + "\"fontPt\":8.0,\"serif\":false,\"title\":false,\"marks\":false,\"caption\":true,\"csv\":false}");
        assertEquals(LegendPosition.AS_SHOWN, ExportDialog.rememberedFor("scatter").legend());
    }

    private static String json(ExportDialog.Remembered r) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
