package org.naswot.score.proxies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;

/**
 * The available zero-cost proxies by id, in a fixed order (cheap ones last). GraSP is not offered: its double
 * back-propagation leaks native memory on every call, so it lives in the test sources (GraspProxy, with its checks).
 */
public final class ProxyRegistry {
    private static final Map<String, ZeroCostProxy> PROXIES = new LinkedHashMap<>();

    static {
        for (ZeroCostProxy p : List.of(new SynflowProxy(), new SnipProxy(), new GradNormProxy(),
                new FisherProxy(), new PlainProxy(), new L2NormProxy(), new JacovProxy(), new EpeNasProxy(),
                new ZenProxy(), new ZicoProxy(), new MecoProxy(),
                new AzNasProxy(AzNasProxy.Part.EXPRESSIVITY), new AzNasProxy(AzNasProxy.Part.PROGRESSIVITY),
                new AzNasProxy(AzNasProxy.Part.TRAINABILITY), new AzComplexityProxy(), new LayersProxy(),
                new VkdnwProxy(), new SwapProxy(), SwapProxy.regularised(), new NtkConditionProxy(),
                new LinearRegionsProxy(),
                new ParamsProxy(), new FlopsProxy(), new FlopsProxy(FlopCounter.Convention.NASLIB))) {
            PROXIES.put(p.id(), p);
        }
    }

    private ProxyRegistry() {
    }

    public static List<ZeroCostProxy> all() {
        return List.copyOf(PROXIES.values());
    }

    public static List<String> ids() {
        return new ArrayList<>(PROXIES.keySet());
    }

    public static ZeroCostProxy get(String id) {
        ZeroCostProxy p = PROXIES.get(id);
        if (p == null) {
            throw new UserFacingException("unknown proxy '" + id + "' (available: " + String.join(", ", PROXIES.keySet()) + ")");
        }
        return p;
    }
}
