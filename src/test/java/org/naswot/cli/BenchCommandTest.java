package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.naswot.testing.SharedData;

class BenchCommandTest {

    @Test
    void reportsMedianAndQuartilesOverTheListedArchitectures() throws Exception {
        CliRunner.Result r = CliRunner.run("bench", "--space", "nb201", "--archs",
                SharedData.golden("bench_archs.txt").toString(), "--rounds", "1", "--warmup", "1", "--batch-size", "8",
                "--data-dir", SharedData.dataDir().toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(20, o.get("n").asInt());
        double q1 = o.get("q1_ms").asDouble();
        double median = o.get("median_ms").asDouble();
        double q3 = o.get("q3_ms").asDouble();
        assertTrue(o.get("min_ms").asDouble() <= q1 && q1 <= median && median <= q3 && q3 <= o.get("max_ms").asDouble());
        assertEquals(20, o.get("per_arch_ms").size());
        assertTrue(o.get("per_arch_ms").has("9461"), "keys are the benchmark indices of the list");
    }
}
