package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.testing.PdfChecks;

/** naswot figure: a stored run's figures for a paper's Makefile, with the run's own provenance and embedded fonts. */
class FigureCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aScoredRunGivesPdfsWithEmbeddedFontsGreekLettersAndItsOwnSeed() throws Exception {
        Path db = tmp.resolve("r.sqlite");
        CliRunner.Result scored = CliRunner.run("score-space", "--space", "nb201", "--sample", "12", "--seed", "4",
                "--batch-size", "16", "--data-dir", tmp.resolve("none").toString(), "--db", db.toString(), "--json");
        assertEquals(0, scored.exitCode(), scored.err());

        Path pdf = tmp.resolve("figs/scatter.pdf");
        CliRunner.Result r = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--format", "pdf", "--out",
                pdf.toString(), "--width-in", "3.3", "--font-size", "8", "--serif", "--caption", "--data-dir",
                tmp.resolve("none").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = DataCommandsTest.JSON.readTree(r.lines()[0]);
        assertEquals("cifar10valid_valid_200ep_nb201v10", o.get("accuracy").asText());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3.3 * 72, doc.getPage(0).getMediaBox().getWidth(), 0.5);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("\u03c4 =") && text.contains("\u03c1 ="), "the statistics, as text: " + text);
            assertTrue(text.contains("seed 4"), "the caption names the run's seed: " + text);
            assertTrue(text.contains("built-in images"), "and that it ran on the built-in images: " + text);
            assertEquals("4", doc.getDocumentInformation().getCustomMetadataValue("naswot:seed"));
            assertEquals("1", doc.getDocumentInformation().getCustomMetadataValue("naswot:run"));
            assertEquals("cifar10valid_valid_200ep_nb201v10",
                    doc.getDocumentInformation().getCustomMetadataValue("naswot:accuracy"));
            for (PDFont f : PdfChecks.fonts(doc)) {
                assertTrue(f.isEmbedded() && f.getName().contains("DejaVuSerif"), f.getName());
            }
        }

        for (String kind : new String[] {"cell", "kernel"}) {
            Path out = tmp.resolve(kind + ".svg");
            CliRunner.Result k = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", kind, "--out",
                    out.toString(), "--data-dir", tmp.resolve("none").toString());
            assertEquals(0, k.exitCode(), k.err());
            String svg = Files.readString(out);
            assertTrue(svg.contains("<svg") && svg.contains("naswot:seed"), kind);
        }
        // the proxies' heatmap, from stored values: run 1 has only nwot's, which is no comparison at all
        Path proxies = tmp.resolve("proxies.svg");
        CliRunner.Result none = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "proxies",
                "--method", "kendall", "--out", proxies.toString(), "--data-dir", tmp.resolve("none").toString());
        assertEquals(Main.USER_ERROR, none.exitCode(), none.err());
        assertTrue(none.err().contains("run 1 has no stored proxy values") && none.err().contains("--proxies all"),
                none.err());
        assertTrue(!Files.exists(proxies), "no 1x1 figure written");
        CliRunner.Result withProxies = CliRunner.run("score-space", "--space", "nb201", "--sample", "12", "--seed", "4",
                "--batch-size", "16", "--proxies", "synflow,jacov", "--data-dir", tmp.resolve("none").toString(),
                "--db", db.toString(), "--json");
        assertEquals(0, withProxies.exitCode(), withProxies.err());
        long proxyRun = DataCommandsTest.JSON.readTree(withProxies.lines()[12]).get("run_id").asLong();
        CliRunner.Result p = CliRunner.run("figure", "--db", db.toString(), "--run", Long.toString(proxyRun), "--kind",
                "proxies", "--method", "kendall", "--out", proxies.toString(), "--data-dir",
                tmp.resolve("none").toString());
        assertEquals(0, p.exitCode(), p.err());
        assertTrue(p.err().contains("no stored values in run " + proxyRun + ": "), p.err());
        String svg = Files.readString(proxies);
        assertTrue(svg.contains("nwot") && svg.contains("synflow") && svg.contains("Kendall") && svg.contains("1.00"),
                "names, method, diagonal");
        // --measures narrows the heatmap as the window's Measures… does; a measure without values is a user error
        Path narrowed = tmp.resolve("narrowed.svg");
        CliRunner.Result two = CliRunner.run("figure", "--db", db.toString(), "--run", Long.toString(proxyRun),
                "--kind", "proxies", "--measures", "nwot,synflow", "--out", narrowed.toString(), "--data-dir",
                tmp.resolve("none").toString());
        assertEquals(0, two.exitCode(), two.err());
        String narrow = Files.readString(narrowed);
        assertTrue(svg.contains("jacov") && narrow.contains("synflow") && !narrow.contains("jacov"),
                "only the chosen measures");
        Path none2 = tmp.resolve("lacking.svg");
        CliRunner.Result lacking = CliRunner.run("figure", "--db", db.toString(), "--run", Long.toString(proxyRun),
                "--kind", "proxies", "--measures", "nwot,zen", "--out", none2.toString(), "--data-dir",
                tmp.resolve("none").toString());
        assertEquals(Main.USER_ERROR, lacking.exitCode(), lacking.err());
        assertTrue(lacking.err().contains("no stored values of zen") && lacking.err().lines().count() <= 2,
                lacking.err());
        assertTrue(!Files.exists(none2), "no partial file");
        CliRunner.Result bad = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "proxies",
                "--method", "pearson", "--out", proxies.toString(), "--data-dir", tmp.resolve("none").toString());
        assertEquals(Main.USER_ERROR, bad.exitCode());
        assertTrue(bad.err().contains("--method must be spearman or kendall"), bad.err());
        Path png = tmp.resolve("scatter.png");
        assertEquals(0, CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--out", png.toString(), "--dpi",
                "150", "--width-in", "2", "--data-dir", tmp.resolve("none").toString()).exitCode());
        assertEquals(300, javax.imageio.ImageIO.read(png.toFile()).getWidth());
    }

    /** The kernel figure's "worst" panel is the worst finite score, not a blank singular K (the all-none cell). */
    @Test
    void theWorstKernelPanelIsTheWorstFiniteScoreAndSingularCellsAreSaid() throws Exception {
        Path db = tmp.resolve("k.sqlite");
        Path indices = tmp.resolve("idx.txt");
        Files.writeString(indices, "1651\n0\n6111\n");
        CliRunner.Result scored = CliRunner.run("score-space", "--space", "nb201", "--indices", indices.toString(),
                "--batch-size", "16", "--data-dir", tmp.resolve("none").toString(), "--db", db.toString(), "--json");
        assertEquals(0, scored.exitCode(), scored.err());
        Path png = tmp.resolve("kernel.png");
        CliRunner.Result k = CliRunner.run("figure", "--db", db.toString(), "--run", "1", "--kind", "kernel",
                "--title", "--out", png.toString(), "--data-dir", tmp.resolve("none").toString(), "--json");
        assertEquals(0, k.exitCode(), k.err());
        JsonNode o = DataCommandsTest.JSON.readTree(k.lines()[0]);
        assertTrue(o.get("title").asText().contains("1 cell has a singular K"), "the figure says what it left out: " + o);
        try (org.naswot.store.ResultStore store = org.naswot.store.ResultStore.openReadOnly(db)) {
            org.naswot.data.DataDirectory data = org.naswot.data.DataDirectory.resolve(tmp.resolve("none"));
            String csv = org.naswot.service.RunFigures.kernels(store.requireRun(1), store.scores(1),
                    org.naswot.run.SpaceContext.open("nb201", data), data).exportData().rows().toString();
            assertTrue(csv.split("\\], \\[").length >= 2 * 16 * 16, "two panels of 16x16");
            assertFalse(csv.contains("NaN"), "no blank (NaN) panel");
            // the panels say what they are without --title: the worst one that singular cells were passed over
            assertTrue(csv.contains("#6111 \u00b7 best  |"), csv.substring(0, 300));
            assertTrue(csv.contains("#0 \u00b7 worst finite  |"), "cell 0 has the lowest finite score");
        }
    }

    @Test
    void badRequestsAreOneLine() {
        CliRunner.Result r = CliRunner.run("figure", "--db", tmp.resolve("missing.sqlite").toString(), "--run", "1",
                "--out", tmp.resolve("x.pdf").toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertTrue(r.err().contains("no results database"), r.err());
        r = CliRunner.run("figure", "--db", tmp.resolve("missing.sqlite").toString(), "--run", "1", "--out",
                tmp.resolve("x.gif").toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertTrue(r.err().contains("--format"), r.err());
    }
}
