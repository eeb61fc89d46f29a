package org.naswot.bench.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Checks the 'net' object of an imported NDS record against its space, so a malformed one is refused at import with
 * its position rather than when the space is opened. The NDS space module brings it (listed in
 * {@code META-INF/services}), so the importer knows no network types.
 */
public interface NetObjectCheck {

    /** @throws org.naswot.common.UserFacingException naming what is malformed */
    void check(String space, JsonNode net, int index);

    /** Every registered check; one at least, or an import would store networks nothing has read. */
    static List<NetObjectCheck> registered() {
        List<NetObjectCheck> found = ServiceLoader.load(NetObjectCheck.class, NetObjectCheck.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList();
        if (found.isEmpty()) {
            throw new IllegalStateException("no NetObjectCheck registered: the NDS space module is missing");
        }
        return found;
    }
}
