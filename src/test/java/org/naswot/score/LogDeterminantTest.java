package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.naswot.testing.SharedData;

class LogDeterminantTest {

    /** The golden README: LU log|det| of the given K files reproduces numpy's slogdet to within 5e-13. */
    @Test
    void reproducesSlogdetOfTheGoldenKernels() throws Exception {
        JsonNode list = new ObjectMapper().readTree(SharedData.golden("expected.json").toFile());
        try (NDManager m = NDManager.newBaseManager()) {
            for (JsonNode e : list) {
                for (String mode : new String[] {"repo", "relu"}) {
                    double[] flat;
                    try (InputStream in = Files.newInputStream(SharedData.golden(e.get("K_" + mode).asText()))) {
                        flat = NDList.decode(m, in).singletonOrThrow().toDoubleArray();
                    }
                    double[][] k = new double[128][128];
                    for (int i = 0; i < 128; i++) {
                        System.arraycopy(flat, i * 128, k[i], 0, 128);
                    }
                    JsonNode expected = e.get("logdet_" + mode);
                    double actual = LogDeterminant.of(k);
                    if (expected.isTextual()) {
                        assertEquals(Double.NEGATIVE_INFINITY, actual);
                    } else {
                        assertEquals(expected.asDouble(), actual, 5e-13 * Math.abs(expected.asDouble()) + 1e-9);
                    }
                }
            }
        }
    }

    @Test
    void smallMatrices() {
        assertEquals(Math.log(6), LogDeterminant.of(new double[][] {{2, 0}, {0, 3}}), 1e-15);
        assertEquals(Math.log(2), LogDeterminant.of(new double[][] {{0, 1}, {2, 0}}), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, LogDeterminant.of(new double[][] {{4, 4}, {4, 4}}));
        // a determinant of e^2000 overflows a double, its logarithm does not
        double[][] big = new double[200][200];
        for (int i = 0; i < 200; i++) {
            big[i][i] = Math.exp(10);
        }
        assertEquals(2000, LogDeterminant.of(big), 1e-9);
    }
}
