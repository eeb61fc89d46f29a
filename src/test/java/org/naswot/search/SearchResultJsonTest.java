package org.naswot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;

class SearchResultJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void naswotResultWithSingularScoresRoundTrips() throws Exception {
        ArchitectureRef a = new ArchitectureRef("toy", 1, "000001");
        ArchitectureRef b = new ArchitectureRef("toy", 2, "000002");
        NaswotResult result = new NaswotResult(a, Double.NEGATIVE_INFINITY, 0,
                List.of(new ScoredArchitecture(a, Double.NEGATIVE_INFINITY), new ScoredArchitecture(b, Double.NaN)),
                0.25);
        String json = mapper.writeValueAsString(result);
        assertEquals(result, mapper.readValue(json, NaswotResult.class));
    }

    @Test
    void budgetedResultRoundTripsWithLowerCaseBudgetUnit() throws Exception {
        BudgetedSearchResult result = new RegularizedEvolution(new ToySpace(), ToySpace.ORACLE,
                EvolutionSettings.nasBench201()).run(Budget.seconds(3000),
                        RandomGeneratorFactory.of("L64X128MixRandom").create(1));
        String json = mapper.writeValueAsString(result);
        assertTrue(json.contains("\"unit\":\"seconds\""), json);
        assertEquals(result, mapper.readValue(json, BudgetedSearchResult.class));
    }
}
