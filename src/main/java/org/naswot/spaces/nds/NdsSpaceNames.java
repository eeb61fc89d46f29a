package org.naswot.spaces.nds;

import java.util.List;
import java.util.Optional;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;

/**
 * The NDS design spaces this app knows ({@code nds:DARTS}, {@code nds:ResNeXt-A_in}, ...: a descriptor each) and
 * their names in the benchmark store ({@code nds-darts}).
 */
public final class NdsSpaceNames {
    private NdsSpaceNames() {
    }

    /** Every known NDS space id. */
    public static List<String> ids() {
        return SpaceCatalog.builtIn().all().stream().map(SpaceDescriptor::id)
                .filter(id -> id.startsWith(NdsImporter.ID_PREFIX)).toList();
    }

    /** The space id whose store name is {@code storeSpace} ({@code nds-darts} -> {@code nds:DARTS}). */
    public static Optional<String> idOfStoreSpace(String storeSpace) {
        return ids().stream().filter(id -> NdsImporter.storeSpaceOf(id).equals(storeSpace)).findFirst();
    }

    /** The space id an NDS file name or {@code --space} value names, case-insensitively ({@code darts}, {@code nds:DARTS}). */
    public static Optional<String> idOfName(String name) {
        String bare = name.startsWith(NdsImporter.ID_PREFIX) ? name.substring(NdsImporter.ID_PREFIX.length()) : name;
        return idOfStoreSpace(NdsImporter.storeSpace(bare));
    }
}
