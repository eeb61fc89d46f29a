package org.naswot.figures.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short Python script (pandas + matplotlib) that redraws a figure from the CSV written beside it, so a reader can
 * restyle a report's figure without naswot (issue 29 §4). Each script lists the columns it reads in {@code COLUMNS}
 * and stops with a message naming any the CSV lacks; it skips the CSV's '#' provenance lines; with an argument it
 * saves the figure there instead of showing it.
 */
public final class PythonSnippet {
    /** What a CSV holds, and so how its script draws it. */
    public enum Kind {
        /** score (or a proxy) against accuracy, the top-k ringed: {@code naswot figure --kind scatter}'s data. */
        SCATTER,
        /** the best cell's row: the diagram is naswot's, the script shows the row as a table. */
        CELL,
        /** K per panel (panel,title,row,col,k, the images' classes, log|det K|), drawn as K/K[0][0] by class. */
        KERNELS,
        /** each proxy's agreement with the accuracy: one bar per proxy (Kendall tau). */
        PROXY_QUALITY,
        /** the proxies' rank-correlation matrix (proxy, then one column per proxy). */
        PROXY_MATRIX,
        /** {@code naswot export}'s rows: score against accuracy, singular scores left out. */
        SCORES
    }

    private PythonSnippet() {
    }

    /**
     * The script for {@code csvName} (a file in the same folder) whose header is {@code header}, drawing a figure of
     * {@code widthIn x heightIn} inches titled {@code title}.
     */
    public static String of(Kind kind, String csvName, List<String> header, String title, double widthIn,
                            double heightIn) {
        List<String> columns = columnsRead(kind, header);
        StringBuilder py = new StringBuilder();
        py.append("\"\"\"Redraws \"").append(pyText(title)).append("\" from ").append(pyText(csvName))
                .append(" (written by naswot).\n\nRun: python3 ").append(pyText(csvName.replaceAll("\\.csv$", ".py")))
                .append(" [OUT.png]   (without OUT the figure is shown)\n\"\"\"\n")
                .append("import sys\nimport textwrap\nfrom pathlib import Path\n\nimport matplotlib\n\nif len(sys.argv) > 1:\n")
                .append("    matplotlib.use(\"Agg\")\nimport matplotlib.pyplot as plt\nimport numpy as np\n")
                .append("import pandas as pd\n\n")
                .append("CSV = Path(__file__).with_name(").append(pyString(csvName)).append(")\n")
                .append("COLUMNS = [").append(String.join(", ", columns.stream().map(PythonSnippet::pyString)
                        .toList())).append("]\n\n")
                .append("with open(CSV, encoding=\"utf-8\") as f:\n")
                .append("    provenance = [line for line in f if line.startswith(\"#\")]  # lines before the header\n")
                .append("df = pd.read_csv(CSV, skiprows=len(provenance))\n")
                .append("missing = [c for c in COLUMNS if c not in df.columns]\nif missing:\n")
                .append("    sys.exit(f\"{CSV.name} lacks the columns {missing}\")\n\n")
                .append(String.format(Locale.ROOT, "fig, ax = plt.subplots(figsize=(%.2f, %.2f), layout=\"constrained\")%n",
                        widthIn, heightIn));
        py.append(body(kind, columns));
        // the title wrapped to the figure's width (about 16 characters an inch at 8 pt)
        py.append("fig.suptitle(textwrap.fill(").append(pyString(title)).append(String.format(Locale.ROOT,
                        ", %d), fontsize=8)%n", Math.max(20, Math.round(widthIn * 16))))
                .append("if len(sys.argv) > 1:\n    fig.savefig(sys.argv[1], dpi=200)\nelse:\n")
                .append("    plt.show()\n");
        return py.toString();
    }

    /** The columns the script of {@code kind} reads, named as in the CSV's header. */
    static List<String> columnsRead(Kind kind, List<String> header) {
        return switch (kind) {
            // the scatter's x and y are named after the measure and the accuracy kind: the third and fourth columns
            case SCATTER -> List.of(header.get(2), header.get(3), "plotted", "top_k_rank");
            case CELL -> List.copyOf(header);
            case KERNELS -> List.of("panel", "title", "row", "col", "k", "row_label", "log_det");
            case PROXY_QUALITY -> List.of("proxy", "kendall_tau");
            case PROXY_MATRIX -> List.copyOf(header);
            case SCORES -> List.of("score", "singular", "accuracy");
        };
    }

    private static String body(Kind kind, List<String> columns) {
        return switch (kind) {
            case SCATTER -> "x, y = COLUMNS[0], COLUMNS[1]\n"
                    + "shown = df[df[\"plotted\"].astype(str).str.lower().eq(\"true\")]\n"
                    + "shown = shown[np.isfinite(shown[x]) & np.isfinite(shown[y])]\n"
                    + "ax.scatter(shown[x], shown[y], s=4, alpha=0.5, linewidths=0)\n"
                    + "top = shown[shown[\"top_k_rank\"].notna()]\n"
                    + "ax.scatter(top[x], top[y], s=18, facecolors=\"none\", edgecolors=\"C3\", label=\"top-k\")\n"
                    + "if len(top):\n    ax.legend(fontsize=7)\n"
                    + "ax.set_xlabel(x)\nax.set_ylabel(y)\n";
            case CELL -> "ax.axis(\"off\")\n"
                    + "table = ax.table(cellText=df[COLUMNS].astype(str).values.tolist(), colLabels=COLUMNS, "
                    + "loc=\"center\")\n"
                    + "table.auto_set_font_size(False)\ntable.set_fontsize(6)\n"
                    + "# the cell diagram itself is drawn by naswot (naswot figure --kind cell); this is its data\n";
            case KERNELS -> "ax.remove()\n"
                    + "panels = sorted(df[\"panel\"].unique())\n"
                    + "axes = fig.subplots(1, len(panels), squeeze=False)[0]\n"
                    + "# K / K[0][0], as naswot draws it (the share of ReLU units two images agree on), images by class\n"
                    + "shown = []\n"
                    + "for p in panels:\n"
                    + "    cells = df[df[\"panel\"] == p]\n"
                    + "    k = cells.pivot(index=\"row\", columns=\"col\", values=\"k\").to_numpy()\n"
                    + "    labels = cells.drop_duplicates(\"row\").sort_values(\"row\")[\"row_label\"].fillna(-1)\n"
                    + "    order = np.argsort(labels.to_numpy(), kind=\"stable\")\n"
                    + "    shown.append((k / k[0, 0])[np.ix_(order, order)])\n"
                    + "low = min(m.min() for m in shown)\n"
                    + "for ax, p, m in zip(axes, panels, shown):\n"
                    + "    image = ax.imshow(m, cmap=\"viridis\", vmin=low, vmax=1)\n"
                    + "    log_det = df[df[\"panel\"] == p][\"log_det\"].iloc[0]\n"
                    + "    title = textwrap.shorten(df[df[\"panel\"] == p][\"title\"].iloc[0], 50)\n"
                    + "    ax.set_title(f\"{title}\\nlog|det K| = {log_det:.2f}\", fontsize=7)\n"
                    + "    ax.set_xlabel(\"images, ordered by class\", fontsize=7)\n"
                    + "fig.colorbar(image, ax=list(axes), shrink=0.8, label=\"K / K[0][0]\")\n";
            case PROXY_QUALITY -> "ordered = df.sort_values(\"kendall_tau\")\n"
                    + "ax.barh(ordered[\"proxy\"], ordered[\"kendall_tau\"])\n"
                    + "ax.set_xlabel(\"Kendall tau with the accuracy\")\nax.tick_params(labelsize=6)\n";
            case PROXY_MATRIX -> "m = df.set_index(COLUMNS[0])[COLUMNS[1:]]\n"
                    + "values = m.to_numpy(dtype=float)\n"
                    + "image = ax.imshow(values, vmin=-1, vmax=1, cmap=\"viridis\")\n"
                    + "if len(values) <= 12:  # each cell's value, as naswot writes them\n"
                    + "    for (i, j), v in np.ndenumerate(values):\n"
                    + "        ax.text(j, i, f\"{v:.2f}\", ha=\"center\", va=\"center\", fontsize=6)\n"
                    + "ax.set_xticks(range(len(m.columns)), m.columns, rotation=90, fontsize=6)\n"
                    + "ax.set_yticks(range(len(m.index)), m.index, fontsize=6)\n"
                    + "fig.colorbar(image, ax=ax, shrink=0.8)\n";
            case SCORES -> "ok = df[(df[\"singular\"] == 0) & np.isfinite(df[\"score\"])]\n"
                    + "ax.scatter(ok[\"score\"], ok[\"accuracy\"], s=4, alpha=0.5, linewidths=0)\n"
                    + "ax.set_xlabel(\"score\")\nax.set_ylabel(\"accuracy\")\n";
        };
    }

    /** A Python string literal (double quotes, backslashes and non-ASCII escaped). */
    static String pyString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 32 || c > 126) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Text inside the docstring: no quotes that would end it, no backslashes. */
    private static String pyText(String s) {
        List<String> out = new ArrayList<>();
        for (char c : s.toCharArray()) {
            out.add(c == '"' || c == '\\' ? "'" : String.valueOf(c));
        }
        return String.join("", out);
    }
}
