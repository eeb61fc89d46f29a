package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.naswot.space.nb201.Nb201Architecture;
import org.naswot.space.nds.NdsArchitecture;

/** The name the kernel and lecture views give an architecture. */
class ArchitectureNamesTest {

    @Test
    void ndsNetworksAreNamedBySpaceAndIndexNotByTheirJson() {
        NdsArchitecture a = NdsArchitecture.parse("nds:ResNet", "{\"block_type\": \"res_basic_block\", \"ds\": [1, 2, 1], "
                + "\"ws\": [16, 32, 64], \"ss\": [1, 2, 2], \"bot_muls\": null, \"num_gs\": null}", 12);
        assertEquals("nds:ResNet #12", ArchitectureDetailTask.shownName(a));
        assertEquals("nds:ResNet", ArchitectureDetailTask.shownName(a.withIndex(-1)));
    }

    @Test
    void otherSpacesKeepTheirEncoding() {
        Nb201Architecture a = new Nb201Architecture(Nb201Architecture.opsOfCode(5), 5);
        assertEquals(a.encoding(), ArchitectureDetailTask.shownName(a));
    }
}
