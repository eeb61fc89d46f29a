package org.naswot.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.space.nb101.Nb101NetworkBuilder;
import org.naswot.testing.SharedData;

/** {@code nb101/stemN} chooses the NAS-Bench-101 stem width and keys its scores apart from the benchmark's. */
class SpaceVariantTest {
    private final DataDirectory data = DataDirectory.resolve(SharedData.dataDir());

    @Test
    void stemVariantBuildsNarrowerNetworksUnderItsOwnKey() {
        SpaceContext benchmark = SpaceContext.open("nb101", data);
        SpaceContext paper = SpaceContext.open("nas-bench-101/stem16", data);
        assertEquals("nb101", benchmark.key());
        assertEquals("nb101/stem16", paper.key());
        assertEquals("nb101", paper.id());
        assertEquals(new Nb101NetworkBuilder(16), paper.builder());
        assertEquals(benchmark.space().size(), paper.space().size());
        // same cell, a 16-channel stem has far fewer parameters than the 128-channel benchmark network
        long wide = benchmark.builder().build(benchmark.space().architecture(0), 10).trainableParameterCount();
        long narrow = paper.builder().build(paper.space().architecture(0), 10).trainableParameterCount();
        assertTrue(narrow * 20 < wide, narrow + " vs " + wide);
        assertSame(Nb101NetworkBuilder.BENCHMARK, SpaceContext.open("nb101/stem128", data).builder());
        assertEquals("nb101", SpaceContext.open("nb101/stem128", data).key());
    }

    @Test
    void unknownVariantsAreNamed() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> SpaceContext.open("nb201/stem16", data));
        assertTrue(e.getMessage().contains("only be chosen for nb101"), e.getMessage());
        e = assertThrows(UserFacingException.class, () -> SpaceContext.open("nb101/wide", data));
        assertTrue(e.getMessage().contains("unknown network variant 'wide'"), e.getMessage());
        e = assertThrows(UserFacingException.class, () -> SpaceContext.open("nb101/stem0", data));
        assertTrue(e.getMessage().contains("between 1 and 1024"), e.getMessage());
    }
}
