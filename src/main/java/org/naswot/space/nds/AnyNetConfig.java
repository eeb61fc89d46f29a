package org.naswot.space.nds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * An AnyNet (pycls {@code anynet.py}) as an NDS entry gives it: per stage a depth, width, stride and, for bottleneck
 * blocks, a bottleneck multiplier and the NDS {@code num_gs} value. The reference passes {@code num_gs} to pycls as a
 * group width ({@code gws}): that quirk is kept (see {@link #groups}).
 *
 * @param bms null when the block has no bottleneck
 * @param gws null when the block has no groups
 */
public record AnyNetConfig(String blockType, int[] ds, int[] ws, int[] ss, double[] bms, int[] gws)
        implements NdsNet {

    public static final List<String> BLOCK_TYPES = List.of("res_basic_block", "res_bottleneck_block",
            "double_plain_block", "vanilla_block");
    /** The reference overrides every NDS entry's stem width with 12. */
    public static final int STEM_WIDTH = 12;

    /**
     * NASWOT's {@code NDS.get_network} picks the stem by the space's name, not the json: pycls' res_stem_in for spaces
     * whose name contains "ResN" (ResNet, ResNeXt-A/B and their _in variants), simple_stem_in for the others.
     */
    public static boolean residualStem(String space) {
        return space.contains("ResN");
    }

    public AnyNetConfig {
        if (!BLOCK_TYPES.contains(blockType)) {
            throw new UserFacingException("unknown AnyNet block_type '" + blockType + "' (known: "
                    + String.join(", ", BLOCK_TYPES) + ")");
        }
        int n = ds.length;
        if (n == 0 || ws.length != n || ss.length != n || bms != null && bms.length != n
                || gws != null && gws.length != n) {
            throw new UserFacingException("AnyNet stage lists differ in length: ds " + ds.length + ", ws " + ws.length
                    + ", ss " + ss.length + (bms == null ? "" : ", bot_muls " + bms.length)
                    + (gws == null ? "" : ", num_gs " + gws.length));
        }
        for (int i = 0; i < n; i++) {
            if (ds[i] < 1 || ws[i] < 1 || ss[i] < 1) {
                throw new UserFacingException("AnyNet stage " + (i + 1) + " has depth " + ds[i] + ", width " + ws[i]
                        + ", stride " + ss[i] + "; depth, width, stride >= 1");
            }
        }
        boolean bottleneck = blockType.equals("res_bottleneck_block");
        if (bottleneck && (bms == null || gws == null)) {
            throw new UserFacingException("a res_bottleneck_block AnyNet needs bot_muls and num_gs");
        }
        if (bottleneck) {
            for (int i = 0; i < n; i++) {
                int wb = bottleneckWidth(ws[i], bms[i]);
                if (gws[i] < 1 || wb / gws[i] < 1 || wb % (wb / gws[i]) != 0) {
                    throw new UserFacingException("AnyNet stage " + (i + 1) + ": bottleneck width " + wb
                            + " cannot be split by num_gs " + gws[i] + " (read as a group width, as the reference does)");
                }
            }
        }
        ds = ds.clone();
        ws = ws.clone();
        ss = ss.clone();
        bms = bms == null ? null : bms.clone();
        gws = gws == null ? null : gws.clone();
    }

    public static AnyNetConfig fromJson(JsonNode net) {
        JsonNode type = net.get("block_type");
        if (type == null || !type.isTextual()) {
            throw new UserFacingException("an AnyNet 'net' needs a block_type (or a genotype for a cell network)");
        }
        JsonNode bms = net.has("bot_muls") ? net.get("bot_muls") : net.get("bms");
        JsonNode gws = net.has("num_gs") ? net.get("num_gs") : net.get("gws");
        return new AnyNetConfig(type.asText(), NdsJson.intField(net, "ds"), NdsJson.intField(net, "ws"),
                NdsJson.intField(net, "ss"), bms == null || bms.isNull() ? null : NdsJson.doubleArray(bms, "bot_muls"),
                gws == null || gws.isNull() ? null : NdsJson.intArray(gws, "num_gs"));
    }

    public boolean bottleneck() {
        return blockType.equals("res_bottleneck_block");
    }

    /** pycls' block: NDS {@code double_plain_block} is pycls' {@code vanilla_block}. */
    public String pyclsBlock() {
        return blockType.equals("double_plain_block") ? "vanilla_block" : blockType;
    }

    public int stages() {
        return ds.length;
    }

    public static int bottleneckWidth(int wOut, double bm) {
        return (int) Math.round(wOut * bm);
    }

    /** Groups of stage {@code i}'s 3x3 conv: {@code w_b // gw}, NDS's {@code num_gs} read as a group width. */
    public int groups(int stage) {
        int wb = bottleneckWidth(ws[stage], bms[stage]);
        return wb / gws[stage];
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("block_type", blockType);
        o.set("ds", ints(ds));
        o.set("ws", ints(ws));
        o.set("ss", ints(ss));
        if (bms == null) {
            o.putNull("bot_muls");
        } else {
            ArrayNode a = o.putArray("bot_muls");
            Arrays.stream(bms).forEach(a::add);
        }
        if (gws == null) {
            o.putNull("num_gs");
        } else {
            o.set("num_gs", ints(gws));
        }
        return o;
    }

    private static ArrayNode ints(int[] v) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        Arrays.stream(v).forEach(a::add);
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnyNetConfig a && blockType.equals(a.blockType) && Arrays.equals(ds, a.ds)
                && Arrays.equals(ws, a.ws) && Arrays.equals(ss, a.ss) && Arrays.equals(bms, a.bms)
                && Arrays.equals(gws, a.gws);
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return toJson().toString();
    }
}
