package org.naswot.cli;

import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.score.proxies.ProxyRegistry;
import org.naswot.score.proxies.ZeroCostProxy;

/** The proxies a {@code --proxies all|P1,P2,...} option names, for every command that has one. */
final class ProxyChoice {
    private ProxyChoice() {
    }

    /** The named proxies in order, each once; none when the option was not given. */
    static List<ZeroCostProxy> parse(List<String> proxies) {
        if (proxies == null) {
            return List.of();
        }
        // given but empty (",,," splits into nothing)
        if (proxies.stream().allMatch(String::isBlank)) {
            throw new UserFacingException("--proxies names no proxy: give ids separated by commas, e.g. "
                    + "--proxies synflow,jacov, or --proxies all (the list: naswot proxies)");
        }
        if (proxies.size() == 1 && proxies.get(0).strip().equalsIgnoreCase("all")) {
            return ProxyRegistry.all();
        }
        List<ZeroCostProxy> out = new ArrayList<>();
        for (String id : proxies.stream().filter(p -> !p.isBlank()).toList()) {
            ZeroCostProxy p = ProxyRegistry.get(id.strip());
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
