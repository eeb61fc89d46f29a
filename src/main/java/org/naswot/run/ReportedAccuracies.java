package org.naswot.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.space.SpaceDescriptor;

/**
 * The accuracies a search reports for its chosen cell, one per dataset and split ({@code cifar10_valid},
 * {@code cifar10_test}, {@code cifar100_test}, {@code imagenet16_test}, ...): for each, the first of the
 * descriptor's accuracy columns with the longest training budget, so the descriptor's order says which
 * benchmark version is preferred.
 */
public final class ReportedAccuracies {
    private ReportedAccuracies() {
    }

    /** Key (e.g. cifar10_test) to benchmark column. */
    public static Map<String, String> columns(SpaceDescriptor descriptor) {
        Map<String, String> out = new LinkedHashMap<>();
        if (descriptor.benchmark() == null) {
            return out;
        }
        int longest = 0;
        for (SpaceDescriptor.AccuracyColumn c : descriptor.benchmark().accuracies()) {
            longest = Math.max(longest, c.epochs());
        }
        for (SpaceDescriptor.AccuracyColumn c : descriptor.benchmark().accuracies()) {
            if (c.epochs() == longest) {
                out.putIfAbsent(key(c), c.column());
            }
        }
        return out;
    }

    static String key(SpaceDescriptor.AccuracyColumn c) {
        String dataset = c.dataset().equals("imagenet16-120") ? "imagenet16" : c.dataset().replace("-", "");
        return dataset + "_" + c.split();
    }
}
