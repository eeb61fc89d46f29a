package org.naswot.spaces.nds;

import com.fasterxml.jackson.databind.JsonNode;
import org.naswot.bench.imports.NetObjectCheck;
import org.naswot.space.nds.NdsArchitecture;

/** An NDS record's 'net' must read as one of NDS's networks (a DARTS-style genotype or an AnyNet). */
public final class NdsNetObjectCheck implements NetObjectCheck {
    @Override
    public void check(String space, JsonNode net, int index) {
        NdsArchitecture.of(space, net, index);
    }
}
