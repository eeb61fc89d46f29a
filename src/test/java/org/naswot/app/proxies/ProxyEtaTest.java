package org.naswot.app.proxies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Long proxy computations say how long is left, from the rate so far (review N14). */
class ProxyEtaTest {
    @Test
    void theEstimateFollowsTheRateSoFar() {
        assertEquals("", ProxyComputeTask.eta(0, 60, 5));
        assertEquals(", about 50 s left", ProxyComputeTask.eta(10, 60, 10));
        assertEquals(", about 5 min left", ProxyComputeTask.eta(10, 60, 60));
        assertEquals(", about 1.5 h left", ProxyComputeTask.eta(100, 1000, 600));
        assertEquals("", ProxyComputeTask.eta(60, 60, 60));
    }
}
