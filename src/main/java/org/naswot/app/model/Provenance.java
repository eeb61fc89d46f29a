package org.naswot.app.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.common.Version;

/**
 * Where a figure's data came from, written into exported files (PNG tEXt, SVG metadata, PDF info, CSV
 * header comments) and optionally drawn as a caption.
 */
public record Provenance(String space, String dataset, long seed, int batchSize, String counting,
                         String toolVersion) {

    public Provenance {
        space = nz(space);
        dataset = nz(dataset);
        counting = nz(counting);
        toolVersion = toolVersion == null || toolVersion.isBlank() ? "NASWOT Explorer " + Version.current()
                : toolVersion;
    }

    /** Ordered key/value pairs; the keys are the metadata keys used in every exported format. */
    public Map<String, String> entries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("space", space);
        m.put("dataset", dataset);
        m.put("seed", Long.toString(seed));
        m.put("batch-size", Integer.toString(batchSize));
        m.put("relu-counting", counting);
        m.put("software", toolVersion);
        return m;
    }

    /** One line, e.g. for a caption: "space nb201 · dataset cifar10 · seed 1 · batch 128 · ReLU counting reference · NASWOT Explorer 0.1.0". */
    public String toCaption() {
        return "space " + space + " \u00b7 dataset " + dataset + " \u00b7 seed " + seed + " \u00b7 batch "
                + batchSize + " \u00b7 ReLU counting " + counting + " \u00b7 " + toolVersion;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
