package org.naswot.spaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;

class SpaceModulesTest {

    /** Every default (command options, the window, the warm-up) names DEFAULT_ID: a module must open it offline. */
    @Test
    void theDefaultSpaceIsRegisteredAndOpensOnBuiltInData(@TempDir Path empty) {
        SpaceDescriptor d = SpaceModules.catalog().get(SpaceModules.DEFAULT_ID);
        assertEquals(SpaceModules.DEFAULT_ID, d.id());
        OpenedSpace opened = SpaceModules.of(d).open(d, DataDirectory.resolve(empty));
        assertTrue(opened.space().size() > 0);
        assertEquals(opened.space().architecture(0).encoding(),
                opened.space().parse(opened.space().architecture(0).encoding()).encoding());
    }

    /**
     * The window's warm-up scores the default space's example network, read without data: the same builder as the
     * opened space's, so it compiles the code the first run takes, and one of the space's own architectures.
     */
    @Test
    void theDefaultSpaceHasAnExampleNetworkOfItsOwn(@TempDir Path empty) {
        SpaceDescriptor d = SpaceModules.catalog().get(SpaceModules.DEFAULT_ID);
        OpenedSpace opened = SpaceModules.of(d).open(d, DataDirectory.resolve(empty));
        SpaceModule.ExampleNetwork example = SpaceModules.of(SpaceModules.DEFAULT_ID).exampleNetwork().orElseThrow();
        assertSame(opened.builder(), example.builder());
        assertEquals(example.architecture().encoding(),
                opened.space().parse(example.architecture().encoding()).encoding());
    }

    /** The paper's reproduction is NAS-Bench-201's: its module says so, and no other. */
    @Test
    void onlyNb201ReproducesThePaper() {
        assertEquals(java.util.List.of(SpaceModules.of("nb201")),
                SpaceModules.all().stream().filter(SpaceModule::reproducesPaper).toList());
    }

    /** An import's store name leads back to its space: NDS's own names, the others' ids; nothing for an unknown one. */
    @Test
    void storeSpacesLeadBackToTheirSpaces() {
        assertEquals(java.util.Optional.of("nds:DARTS"), SpaceModules.idOfStoreSpace("nds-darts"));
        assertEquals(java.util.Optional.of("nats-sss"), SpaceModules.idOfStoreSpace("nats-sss"));
        assertEquals(java.util.Optional.empty(), SpaceModules.idOfStoreSpace("my-csv-space"));
    }
}
