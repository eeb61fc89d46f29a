package org.naswot.figures.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scripts beside a report's CSVs read the CSV's own column names, whatever the figure plotted. */
class PythonSnippetTest {

    @Test
    void theScatterReadsTheMeasureAndAccuracyColumnsItsCsvNames() {
        // a proxy on x against a surrogate's accuracy: the scatter's CSV names its columns after them
        List<String> header = List.of("index", "arch", "synflow", "surrogate", "params", "group", "plotted",
                "top_k_rank", "selected");
        String py = PythonSnippet.of(PythonSnippet.Kind.SCATTER, "run3-scatter.csv", header, "synflow vs accuracy",
                3.5, 2.625);
        assertTrue(py.contains("COLUMNS = [\"synflow\", \"surrogate\", \"plotted\", \"top_k_rank\"]\n"), py);
        assertTrue(py.contains("CSV = Path(__file__).with_name(\"run3-scatter.csv\")"), py);
        assertTrue(py.contains("figsize=(3.50, 2.63)"), py);
        assertEquals(List.of("synflow", "surrogate", "plotted", "top_k_rank"),
                PythonSnippet.columnsRead(PythonSnippet.Kind.SCATTER, header));
    }

    @Test
    void titlesAndNamesAreSafePythonStrings() {
        assertEquals("\"Kendall \\u03c4 = 0.5 \\\"x\\\" \\\\\"", PythonSnippet.pyString("Kendall \u03c4 = 0.5 \"x\" \\"));
        String py = PythonSnippet.of(PythonSnippet.Kind.PROXY_MATRIX, "m.csv", List.of("proxy", "nwot", "synflow"),
                "a \"quoted\"\ntitle", 5, 4);
        assertTrue(py.contains("COLUMNS = [\"proxy\", \"nwot\", \"synflow\"]"), py);
        assertTrue(py.contains("textwrap.fill(\"a \\\"quoted\\\"\\u000atitle\", 80)"), py);
        assertTrue(py.startsWith("\"\"\"Redraws \"a 'quoted'"), "the docstring is not ended early: " + py);
    }
}
