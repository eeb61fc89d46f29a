package org.naswot.space.nds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.naswot.common.UserFacingException;

/**
 * A cell network (pycls' {@code NetworkCIFAR}, or {@code NetworkImageNet} for the {@code _in} spaces): {@code depth}
 * cells of the genotype, reductions at depth/3 and 2*depth/3, {@code width} channels in the first cells. The json
 * {@code drop_prob} is kept for the record but plays no part (the reference sets drop_path_prob = 0).
 */
public record CellNetwork(DartsGenotype genotype, int width, int depth, boolean aux, double dropProb)
        implements NdsNet {

    public CellNetwork {
        if (width < 1) {
            throw new UserFacingException("cell network width must be at least 1, not " + width);
        }
        if (depth < 1) {
            throw new UserFacingException("cell network depth must be at least 1, not " + depth);
        }
    }

    public static CellNetwork fromJson(JsonNode net) {
        return new CellNetwork(DartsGenotype.fromJson(net.get("genotype")), NdsJson.requiredInt(net, "width"),
                NdsJson.requiredInt(net, "depth"), net.path("aux").asBoolean(false), net.path("drop_prob").asDouble(0));
    }

    /** Whether cell {@code i} of this network is a reduction cell. */
    public boolean reduction(int i) {
        return i == depth / 3 || i == 2 * depth / 3;
    }

    @Override
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("genotype", genotype.toJson());
        o.put("width", width);
        o.put("depth", depth);
        o.put("aux", aux);
        o.put("drop_prob", dropProb);
        return o;
    }
}
