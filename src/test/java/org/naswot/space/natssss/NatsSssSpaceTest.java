package org.naswot.space.natssss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.naswot.common.UserFacingException;

class NatsSssSpaceTest {
    private final NatsSssSpace space = new NatsSssSpace();

    /** NATS-Bench reports 11,714 parameters for 8:8:8:8:8 with 10 classes. */
    @Test
    void parameterCountOfTheSmallestNetworkEqualsTheBenchmark() {
        assertEquals(11_714, params("8:8:8:8:8"));
    }

    /**
     * Parameter counts from the reference's module definitions: a cell's edges leaving the input map c_in to
     * c_out (conv 3x3 edges, and the skip edge becomes a 1x1 conv + BN when widths differ); residual blocks
     * have conv_a, conv_b and a 1x1 shortcut conv.
     */
    @Test
    void parameterCountsFollowTheReferenceDefinitionsForWidthChanges() {
        for (int i = 0; i < NatsSssSpace.SIZE; i += 7) {
            NatsSssArchitecture a = space.architecture(i);
            long expected = 27L * a.channels().get(0) + 2L * a.channels().get(0);
            int previous = a.channels().get(0);
            for (int layer = 0; layer < 5; layer++) {
                long in = previous;
                long out = a.channels().get(layer);
                if (layer % 2 == 1) {
                    expected += 9 * in * out + 2 * out + 9 * out * out + 2 * out + in * out;
                } else {
                    expected += 2 * (9 * in * out + 2 * out) + 3 * (9 * out * out + 2 * out)
                            + (in == out ? 0 : in * out + 2 * out);
                }
                previous = (int) out;
            }
            expected += 2L * previous + 10L * previous + 10;
            assertEquals(expected, params(a.encoding()), a.encoding());
        }
    }

    @Test
    void indexFollowsProductOrder() {
        assertEquals(0, space.parse("8:8:8:8:8").index());
        assertEquals(1, space.parse("8:8:8:8:16").index());
        assertEquals(8, space.parse("8:8:8:16:8").index());
        assertEquals(NatsSssSpace.SIZE - 1, space.parse("64:64:64:64:64").index());
        for (int i = 0; i < NatsSssSpace.SIZE; i += 97) {
            assertEquals(i, space.parse(space.architecture(i).encoding()).index());
        }
    }

    @Test
    void badStringsAreExplained() {
        UserFacingException e = assertThrows(UserFacingException.class, () -> space.parse("8:8:8:8"));
        assertTrue(e.getMessage().contains("5 channel counts"), e.getMessage());
        e = assertThrows(UserFacingException.class, () -> space.parse("8:8:12:8:8"));
        assertTrue(e.getMessage().contains("layer 3 has 12 channels"), e.getMessage());
    }

    @Test
    void mutationChangesOneLayer() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 500; i++) {
            NatsSssArchitecture p = space.sample(rng);
            NatsSssArchitecture c = space.mutate(p, rng);
            int changed = 0;
            for (int l = 0; l < NatsSssArchitecture.LAYERS; l++) {
                changed += p.channels().get(l).equals(c.channels().get(l)) ? 0 : 1;
            }
            assertEquals(1, changed);
        }
    }

    private long params(String arch) {
        return NatsSssNetworkBuilder.BENCHMARK.build(space.parse(arch), 10).trainableParameterCount();
    }
}
