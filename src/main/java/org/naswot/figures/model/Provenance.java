package org.naswot.figures.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.common.Version;

/**
 * Where a figure's data came from, written into exported files (PNG tEXt, SVG metadata, PDF info, CSV
 * header comments) with the time of the export, and optionally drawn as a caption.
 */
public record Provenance(String space, String dataset, long seed, int batchSize, String counting,
                         String toolVersion, String images, Long runId, String accuracy) {

    /** Provenance of the current settings, before a run is stored. */
    public Provenance(String space, String dataset, long seed, int batchSize, String counting, String toolVersion) {
        this(space, dataset, seed, batchSize, counting, toolVersion, null, null, null);
    }

    public Provenance(String space, String dataset, long seed, int batchSize, String counting, String toolVersion,
                      String images, Long runId) {
        this(space, dataset, seed, batchSize, counting, toolVersion, images, runId, null);
    }

    /** The same, naming the benchmark accuracy column the figure plots. */
    public Provenance withAccuracy(String column) {
        return new Provenance(space, dataset, seed, batchSize, counting, toolVersion, images, runId, column);
    }

    /** Provenance of a stored run, from its own record: what was scored, not what the pickers show now. */
    public static Provenance of(org.naswot.store.RunInfo run) {
        org.naswot.score.ScoringSettings s = run.settings();
        String dataset = s.input() == org.naswot.data.InputKind.NOISE ? "noise (" + s.dataset() + " shape)"
                : s.dataset();
        return new Provenance(s.space(), dataset, s.batchSeed(), s.batchSize(), s.counting().cliName(),
                run.toolVersion() == null ? null : "NASWOT Explorer " + run.toolVersion(), run.images(), run.id());
    }

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
        if (images != null && !images.isBlank()) {
            m.put("images", images);
        }
        if (runId != null) {
            m.put("run", Long.toString(runId));
        }
        if (accuracy != null && !accuracy.isBlank()) {
            m.put("accuracy", accuracy);
        }
        m.put("software", toolVersion);
        // when the file was written (review m11): a CSV or figure found later says its date, with the zone
        m.put(EXPORTED, exportedNow());
        return m;
    }

    /** The key of the export's date and time in {@link #entries()}. */
    public static final String EXPORTED = "exported";

    /** Now, to the second, in ISO 8601 with the local offset: "2026-12-07T22:05:31+01:00" (UTC: "…Z"). */
    static String exportedNow() {
        return java.time.OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** One line, e.g. for a caption: "space nb201 · dataset cifar10 · seed 1 · batch 128 · ReLU counting reference · NASWOT Explorer 0.1.0". */
    public String toCaption() {
        return "space " + space + " \u00b7 dataset " + dataset + " \u00b7 seed " + seed + " \u00b7 batch "
                + batchSize + " \u00b7 ReLU counting " + counting
                + (images != null && images.contains("built-in") ? " \u00b7 built-in images (" + builtInPhrase() + ")"
                        : "")
                + (accuracy == null || accuracy.isBlank() ? "" : " \u00b7 accuracy " + accuracy)
                + (runId == null ? "" : " \u00b7 run " + runId) + " \u00b7 " + toolVersion;
    }

    /** "4,000 of 50,000 CIFAR-10 training images" from the run's image description. */
    private String builtInPhrase() {
        int at = images.indexOf("built-in: ");
        if (at < 0) {
            return "subset";
        }
        String rest = images.substring(at + "built-in: ".length());
        return rest.endsWith(")") ? rest.substring(0, rest.length() - 1) : rest;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
