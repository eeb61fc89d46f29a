package org.naswot.bench.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.common.UserFacingException;

/** The space packages' providers are what {@link DataImport} finds: it names no space itself. */
class BenchmarkImporterProvidersTest {

    @Test
    void everySpaceFormatHasItsSpacesImporter() {
        for (DataImport.Kind k : List.of(DataImport.Kind.NB101_TFRECORD, DataImport.Kind.NDS_JSON)) {
            assertEquals(k, BenchmarkImporter.of(k).format());
            assertTrue(BenchmarkImporter.of(k).getClass().getName().startsWith("org.naswot.spaces."),
                    BenchmarkImporter.of(k).getClass().getName());
        }
    }

    /** NDS records do not say their space: the file's name or --space does, before the store exists. */
    @Test
    void onlyAnNdsFileTakesItsSpaceFromItsNameOrOption() {
        Path copy = Path.of("DARTS (1).json");
        assertEquals(Optional.of("nds-darts"), DataImport.storeSpace(DataImport.Kind.NDS_JSON, copy, null));
        assertEquals(Optional.of("nds-enas"), DataImport.storeSpace(DataImport.Kind.NDS_JSON, copy, "nds:ENAS"));
        assertEquals(Optional.empty(), DataImport.storeSpace(DataImport.Kind.NB101_TFRECORD,
                Path.of("nasbench_only108.tfrecord"), null));
        assertEquals(Optional.empty(), DataImport.storeSpace(DataImport.Kind.NATS, Path.of("x.tar"), null));
        assertEquals(Optional.empty(), DataImport.storeSpace(DataImport.Kind.CSV, Path.of("x.csv"), null));
    }

    /** NB201's table layout comes from its space package, and a header lacking its columns is told which. */
    @Test
    void theNb201TableLayoutIsTheSpacesOwn(@TempDir Path dir) throws Exception {
        List<CsvLayout> layouts = CsvLayout.registered();
        assertEquals(1, layouts.size());
        CsvMapping nb201 = layouts.get(0).mapping();
        assertEquals("nb201", nb201.space());
        List<String> header = new java.util.ArrayList<>(List.of(nb201.keyColumn(), nb201.indexColumn()));
        nb201.metrics().forEach(c -> header.add(c.column()));
        assertEquals(Optional.of(nb201), CsvMapping.forHeader(header));
        header.remove("params_M");
        assertEquals(Optional.empty(), CsvMapping.forHeader(header));
        assertEquals(List.of("params_M"), nb201.missingIn(header));

        Path csv = dir.resolve("table.csv");
        Files.writeString(csv, String.join(",", header) + "\n");
        try (BenchmarkStore store = BenchmarkStore.open(dir.resolve("b.sqlite"))) {
            UserFacingException e = assertThrows(UserFacingException.class,
                    () -> DataImport.run(csv, store, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("not the NB201 table layout (missing column 'params_M')"), e.getMessage());
        }
    }
}
