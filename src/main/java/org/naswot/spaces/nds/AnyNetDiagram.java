package org.naswot.spaces.nds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.naswot.figures.model.StagePlan;
import org.naswot.space.nds.AnyNetConfig;

/** An AnyNet as a {@link StagePlan}: stem, one box per stage, head. */
public final class AnyNetDiagram {
    private AnyNetDiagram() {
    }

    /** @param space the NDS space the network comes from: it decides the stem, as in the reference */
    public static StagePlan of(AnyNetConfig net, String space) {
        List<StagePlan.Block> blocks = new ArrayList<>();
        blocks.add(stem(space));
        for (int i = 0; i < net.stages(); i++) {
            List<String> lines = new ArrayList<>();
            lines.add(net.ds()[i] + (net.ds()[i] == 1 ? " block" : " blocks"));
            lines.add("width " + net.ws()[i]);
            lines.add("stride " + net.ss()[i]);
            if (net.bottleneck()) {
                lines.add("bottleneck \u00d7" + trim(net.bms()[i]));
                lines.add(net.groups(i) + (net.groups(i) == 1 ? " group" : " groups"));
            }
            blocks.add(new StagePlan.Block(StagePlan.Kind.STAGE, "stage " + (i + 1), lines));
        }
        blocks.add(new StagePlan.Block(StagePlan.Kind.HEAD, "head", List.of("avg-pool", "linear")));
        return new StagePlan(blocks, "every stage: " + net.blockType());
    }

    /** The ImageNet stem the reference builds every NDS AnyNet with ({@link AnyNetConfig#residualStem}). */
    static StagePlan.Block stem(String space) {
        String width = AnyNetConfig.STEM_WIDTH + " channels";
        if (AnyNetConfig.residualStem(space)) {
            return new StagePlan.Block(StagePlan.Kind.STEM, "stem",
                    List.of("conv 7\u00d77, stride 2", "BN, ReLU", "max-pool 3\u00d73, stride 2", width));
        }
        return new StagePlan.Block(StagePlan.Kind.STEM, "stem", List.of("conv 3\u00d73, stride 2", "BN, ReLU", width));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(Locale.ROOT, "%s", v);
    }
}
