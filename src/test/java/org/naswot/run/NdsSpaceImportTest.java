package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.DataImport;
import org.naswot.bench.imports.ImportProgress;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.Architecture;
import org.naswot.space.nds.AnyNetConfig;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.GenotypeEdge;
import org.naswot.space.nds.NdsArchitecture;
import org.naswot.space.nds.NdsSpace;

/**
 * NDS spaces over an imported NDS-format file built here from the golden networks' {@code net} objects (the real
 * files are not in the repository): the reference's order (top, then mid), accuracies, lookup, mutation, and the
 * messages for a missing import, an index out of range and a malformed net.
 */
class NdsSpaceImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The golden networks' nets of the given kind (cell networks or AnyNets). */
    private static List<JsonNode> goldenNets(boolean cells) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : JSON.readTree(org.naswot.testing.SharedData.golden("nds/expected.json").toFile())) {
            if (e.get("net").has("genotype") == cells) {
                out.add(e.get("net"));
            }
        }
        return out;
    }

    private static ObjectNode record(JsonNode net, double lastError) {
        ObjectNode r = JSON.createObjectNode();
        r.set("net", net.deepCopy());
        r.putArray("test_ep_top1").add(90.0).add(50.0).add(lastError);
        r.put("params", 123456);
        return r;
    }

    /** {"mid": [...], "top": [...]}: mid first in the file, to show that top still comes first. */
    private Path ndsFile(String name, List<JsonNode> top, List<JsonNode> mid) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode m = root.putArray("mid");
        for (int i = 0; i < mid.size(); i++) {
            m.add(record(mid.get(i), 20 + i));
        }
        ArrayNode t = root.putArray("top");
        for (int i = 0; i < top.size(); i++) {
            t.add(record(top.get(i), 5 + i));
        }
        Path f = dir.resolve(name);
        Files.writeString(f, JSON.writeValueAsString(root));
        return f;
    }

    private void importFile(Path f) {
        try (BenchmarkStore store = BenchmarkStore.openDefault(new DataDirectory(dir))) {
            DataImport.run(f, store, ImportProgress.NONE);
        }
    }

    private static JsonNode withAux(JsonNode net) {
        ObjectNode aux = (ObjectNode) net.deepCopy();
        aux.put("aux", true);
        return aux;
    }

    @Test
    void entriesAreTopThenMidWithTheirAccuraciesAndAuxFlags() throws Exception {
        List<JsonNode> cells = goldenNets(true);
        List<JsonNode> top = cells.subList(0, 3);
        List<JsonNode> mid = new ArrayList<>(cells.subList(3, 6));
        mid.add(withAux(cells.get(0)));
        importFile(ndsFile("DARTS.json", top, mid));

        SpaceContext ctx = SpaceContext.open("nds:DARTS", new DataDirectory(dir));
        assertEquals(7, ctx.space().size());
        assertEquals("test_accuracy", ctx.defaultAccuracyColumn());
        ctx.requireAccuracyColumn("test_accuracy");
        for (int i = 0; i < 7; i++) {
            JsonNode expected = i < 3 ? top.get(i) : mid.get(i - 3);
            NdsArchitecture a = (NdsArchitecture) ctx.space().architecture(i);
            assertEquals(i, a.index());
            assertEquals(NdsArchitecture.of("nds:DARTS", expected, -1).net(), a.net(), "entry " + i);
            double lastError = i < 3 ? 5 + i : 20 + (i - 3);
            assertEquals(100 - lastError, ctx.accuracy(i, "test_accuracy"), 1e-12, "entry " + i);
            assertEquals(i == 6, a.auxiliary(), "entry " + i);
        }
        assertTrue(Double.isNaN(ctx.accuracy(7, "test_accuracy")));
        assertTrue(ctx.accuracySource("test_accuracy").contains("nds-darts"));
        // the alias is the reference's --nasspace name
        assertEquals(7, SpaceContext.open("nds_darts", new DataDirectory(dir)).space().size());
        // another space's import stays apart
        assertEquals(0, SpaceContext.open("nds:ENAS", new DataDirectory(dir)).space().size());
        // `benchmark` prints the entry's imported metrics and its accuracy column
        ArchitectureMetrics m = ArchitectureMetrics.of(ctx, 4);
        assertEquals(100 - 21.0, (Double) m.metrics().get("test_accuracy"), 1e-12);
        assertEquals(100 - 21.0, (Double) m.metrics().get("cifar10/test/3/accuracy"), 1e-12);
        assertEquals(0.123456, (Double) m.metrics().get("cifar10/params"), 1e-12);
        // data status finds the import under the space's id
        DataStatus status = new DataStatus(new DataDirectory(dir));
        for (String id : List.of("nds:DARTS", "nds:ENAS")) {
            DataStatus.Entry e = status.entries(List.of(ctx.descriptor().id().equals(id) ? ctx.descriptor()
                    : org.naswot.space.SpaceCatalog.builtIn().get(id))).stream()
                    .filter(x -> x.item().equals("benchmark-import")).findFirst().orElseThrow();
            assertEquals(id.equals("nds:DARTS"), e.present(), e.toString());
        }
    }

    @Test
    void aNetIsFoundAtItsIndexAndAnUnknownOneHasNone() throws Exception {
        List<JsonNode> cells = goldenNets(true);
        importFile(ndsFile("DARTS.json", cells.subList(0, 2), cells.subList(2, 6)));
        NdsSpace space = (NdsSpace) SpaceContext.open("nds:DARTS", new DataDirectory(dir)).space();
        assertEquals(4, space.parse(cells.get(4).toString()).index());
        assertEquals(1, space.parse(cells.get(1).toString()).index());
        // a whole entry is accepted too
        assertEquals(1, space.parse(record(cells.get(1), 3).toString()).index());
        ObjectNode wider = (ObjectNode) cells.get(4).deepCopy();
        wider.put("width", 64);
        assertEquals(-1, space.parse(wider.toString()).index());
        UserFacingException e = assertThrows(UserFacingException.class, () -> space.architecture(6));
        assertTrue(e.getMessage().contains("index 6 is out of range") && e.getMessage().contains("0..5"),
                e.getMessage());
    }

    @Test
    void aCellMutationChangesOneEdgeAndIsLookedUp() throws Exception {
        List<JsonNode> cells = goldenNets(true);
        importFile(ndsFile("DARTS.json", cells, List.of()));
        NdsSpace space = (NdsSpace) SpaceContext.open("nds:DARTS", new DataDirectory(dir)).space();
        Random rng = new Random(7);
        int looseEndChanges = 0;
        for (int trial = 0; trial < 200; trial++) {
            NdsArchitecture parent = space.architecture(trial % space.size());
            NdsArchitecture child = (NdsArchitecture) space.mutate(parent, rng);
            CellNetwork p = (CellNetwork) parent.net();
            CellNetwork c = (CellNetwork) child.net();
            assertEquals(p.width(), c.width());
            assertEquals(p.depth(), c.depth());
            int changed = differing(p.genotype().normal(), c.genotype().normal())
                    + differing(p.genotype().reduce(), c.genotype().reduce());
            assertEquals(1, changed, parent + " -> " + child);
            assertEquals(space.indexOf(c), child.index());
            // DARTS cells keep concatenating every node; loose-end cells (NASNet, Amoeba, PNAS) their loose ends
            for (boolean reduce : new boolean[] {false, true}) {
                List<GenotypeEdge> pe = reduce ? p.genotype().reduce() : p.genotype().normal();
                List<GenotypeEdge> ce = reduce ? c.genotype().reduce() : c.genotype().normal();
                List<Integer> pc = reduce ? p.genotype().reduceConcat() : p.genotype().normalConcat();
                List<Integer> cc = reduce ? c.genotype().reduceConcat() : c.genotype().normalConcat();
                if (pc.equals(DartsGenotype.allIntermediate(pe))) {
                    assertEquals(pc, cc);
                } else if (pc.equals(DartsGenotype.looseEnds(pe))) {
                    assertEquals(DartsGenotype.looseEnds(ce), cc);
                    looseEndChanges += pc.equals(cc) ? 0 : 1;
                }
            }
        }
        assertTrue(looseEndChanges > 0, "some mutations change which nodes are loose ends");
    }

    private static int differing(List<GenotypeEdge> a, List<GenotypeEdge> b) {
        int n = 0;
        for (int i = 0; i < a.size(); i++) {
            n += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        return n;
    }

    @Test
    void anAnyNetMutationChangesOneStageToAValueTheSpaceUses() throws Exception {
        List<JsonNode> anynets = goldenNets(false);
        // nets of one block type, as in a real AnyNet space
        List<JsonNode> resnets = new ArrayList<>();
        for (JsonNode n : anynets) {
            if (n.get("block_type").asText().equals("res_basic_block")) {
                resnets.add(n);
                ObjectNode deeper = (ObjectNode) n.deepCopy();
                ((ArrayNode) deeper.get("ds")).set(0, 3);
                resnets.add(deeper);
            }
        }
        importFile(ndsFile("ResNet.json", resnets, List.of()));
        NdsSpace space = (NdsSpace) SpaceContext.open("nds:ResNet", new DataDirectory(dir)).space();
        assertEquals(2, space.size());
        Random rng = new Random(3);
        boolean foundEntry = false;
        for (int trial = 0; trial < 100; trial++) {
            Architecture child = space.mutate(space.architecture(0), rng);
            AnyNetConfig p = (AnyNetConfig) space.architecture(0).net();
            AnyNetConfig c = (AnyNetConfig) ((NdsArchitecture) child).net();
            int changes = 0;
            for (int s = 0; s < p.stages(); s++) {
                changes += (p.ds()[s] != c.ds()[s] ? 1 : 0) + (p.ws()[s] != c.ws()[s] ? 1 : 0);
            }
            assertEquals(1, changes, child.toString());
            foundEntry |= child.index() == 1;
        }
        assertTrue(foundEntry, "the depth-3 neighbour is entry 1");
    }

    @Test
    void withoutAnImportTheSpaceIsEmptyAndSaysWhatToImport() throws Exception {
        Path empty = dir.resolve("empty");
        SpaceContext ctx = SpaceContext.open("nds:PNAS", new DataDirectory(empty));
        assertEquals(0, ctx.space().size());
        for (Runnable r : List.<Runnable>of(() -> ctx.space().architecture(0),
                () -> ctx.requireAccuracyColumn(ctx.defaultAccuracyColumn()),
                () -> ctx.space().sample(new Random(1)))) {
            UserFacingException e = assertThrows(UserFacingException.class, r::run);
            assertTrue(e.getMessage().contains("naswot data import PNAS.json")
                    && e.getMessage().contains("https://dl.fbaipublicfiles.com/nds/data.zip"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        // --arch still works
        assertEquals(-1, ctx.space().parse(goldenNets(true).get(3).toString()).index());
        assertFalse(Files.exists(empty.resolve(BenchmarkStore.FILE_NAME)), "opening an empty space creates no store");
    }

    @Test
    void aMalformedNetIsRefusedAtImportNamingTheRecordAndTheStoreIsUnchanged() throws Exception {
        List<JsonNode> cells = goldenNets(true);
        ObjectNode bad = (ObjectNode) cells.get(1).deepCopy();
        ((ArrayNode) bad.get("genotype").get("normal")).set(2, JSON.readTree("[\"conv_9x9\", 0]"));
        Path f = ndsFile("DARTS.json", cells.subList(0, 2), List.of(cells.get(2), bad));
        UserFacingException e = assertThrows(UserFacingException.class, () -> importFile(f));
        assertTrue(e.getMessage().contains("record 3") && e.getMessage().contains("unknown operation 'conv_9x9'"),
                e.getMessage());
        assertEquals(0, SpaceContext.open("nds:DARTS", new DataDirectory(dir)).space().size());

        ObjectNode noWidth = (ObjectNode) cells.get(1).deepCopy();
        noWidth.remove("width");
        UserFacingException e2 = assertThrows(UserFacingException.class,
                () -> importFile(ndsFile("DARTS.json", List.of(noWidth), List.of())));
        assertTrue(e2.getMessage().contains("record 0") && e2.getMessage().contains("'width'"), e2.getMessage());
        UserFacingException e3 = assertThrows(UserFacingException.class, () -> SpaceContext.open("nds:DARTS",
                new DataDirectory(dir)).space().parse("{\"genotype\": {\"normal\": 3}}"));
        assertTrue(e3.getMessage().contains("'normal'"), e3.getMessage());
    }
}
