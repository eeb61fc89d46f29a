package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code naswot doctor} on this CPU machine: libtorch loads, and the missing GPU is explained, not just absent. */
class DoctorCommandTest {

    @Test
    void reportsEachCheckAndWhyThereIsNoGpu() throws Exception {
        CliRunner.Result r = CliRunner.run("doctor", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = DataCommandsTest.JSON.readTree(r.lines()[0]);
        Map<String, JsonNode> checks = new HashMap<>();
        o.get("checks").forEach(c -> checks.put(c.get("name").asText(), c));
        for (String name : new String[] {"java", "javafx", "display", "libtorch", "gpu", "threads", "data", "results"}) {
            assertTrue(checks.containsKey(name), name + " in " + o);
        }
        assertTrue(checks.get("libtorch").get("ok").asBoolean(), checks.get("libtorch").toString());
        if (o.get("gpus").asInt() == 0) {
            assertFalse(checks.get("gpu").get("ok").asBoolean());
            assertFalse(o.get("gpu_reason").asText().isBlank(), "a reason for no GPU");
        }
        assertTrue(o.get("libtorch_candidates").isArray());
    }
}
