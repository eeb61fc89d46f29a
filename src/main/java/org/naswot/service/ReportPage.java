package org.naswot.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's page, HTML or Markdown: a title, then per run its settings and provenance, statistics and files. */
final class ReportPage {
    /** A data file, the script beside it and what the script draws from it (e.g. "redraws the figure"). */
    record Data(String csv, String py, String draws) {
    }

    /** One figure: its PNG (shown), SVG and PDF, and its data. */
    record Figure(String title, String png, String svg, String pdf, List<Data> data) {
    }

    /** τ and ρ against {@code column} with their 95 % intervals (null when under two architectures), over n. */
    record Statistics(String column, int n, double tau, double[] tauInterval, double rho, double[] rhoInterval) {
    }

    /** One run's part of the report. */
    record Section(long runId, String label, Map<String, String> settings, Statistics statistics, Data scores,
                   List<Figure> figures, List<String> notes) {
    }

    private ReportPage() {
    }

    static String html(String title, String generated, List<Section> sections) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>body{font-family:sans-serif;"
                        + "max-width:60em;margin:2em auto;padding:0 1em}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}img{max-width:100%}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(generated))
                .append("</p>\n");
        for (Section s : sections) {
            b.append("<h2>Run ").append(s.runId()).append(": ").append(esc(s.label())).append("</h2>\n")
                    .append("<h3>Settings and provenance</h3>\n<table>\n");
            s.settings().forEach((k, v) -> b.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v))
                    .append("</td></tr>\n"));
            b.append("</table>\n<h3>Statistics</h3>\n<p>").append(esc(statistics(s.statistics()))).append("</p>\n")
                    .append("<p>Scores (with every stored proxy): ").append(links(s.scores(), true)).append("</p>\n");
            for (Figure f : s.figures()) {
                b.append("<h3>").append(esc(f.title())).append("</h3>\n<p><img src=\"").append(esc(f.png()))
                        .append("\" alt=\"").append(esc(f.title())).append("\"></p>\n<p>")
                        .append(link(f.png(), true)).append(" · ").append(link(f.svg(), true)).append(" · ")
                        .append(link(f.pdf(), true));
                for (Data d : f.data()) {
                    b.append(" · ").append(links(d, true));
                }
                b.append("</p>\n");
            }
            for (String n : s.notes()) {
                b.append("<p><em>").append(esc(n)).append("</em></p>\n");
            }
        }
        return b.append("</body>\n</html>\n").toString();
    }

    static String markdown(String title, String generated, List<Section> sections) {
        StringBuilder b = new StringBuilder("# ").append(title).append("\n\n").append(generated).append("\n");
        for (Section s : sections) {
            b.append("\n## Run ").append(s.runId()).append(": ").append(md(s.label()))
                    .append("\n\n### Settings and provenance\n\n| setting | value |\n| --- | --- |\n");
            s.settings().forEach((k, v) -> b.append("| ").append(md(k)).append(" | ").append(md(v)).append(" |\n"));
            b.append("\n### Statistics\n\n").append(statistics(s.statistics())).append("\n\nScores (with every stored "
                    + "proxy): ").append(links(s.scores(), false)).append("\n");
            for (Figure f : s.figures()) {
                b.append("\n### ").append(md(f.title())).append("\n\n![").append(md(f.title())).append("](")
                        .append(f.png()).append(")\n\n").append(link(f.png(), false)).append(" · ")
                        .append(link(f.svg(), false)).append(" · ").append(link(f.pdf(), false));
                for (Data d : f.data()) {
                    b.append(" · ").append(links(d, false));
                }
                b.append('\n');
            }
            for (String n : s.notes()) {
                b.append("\n*").append(md(n)).append("*\n");
            }
        }
        return b.toString();
    }

    /** "Kendall τ 0.61 [0.55, 0.66], Spearman ρ 0.80 [0.76, 0.84] (95 % bootstrap), n = 1,000, against …". */
    static String statistics(Statistics s) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "Kendall \u03c4 %.3f%s", s.tau(), interval(s.tauInterval())));
        parts.add(String.format(Locale.ROOT, "Spearman \u03c1 %.3f%s", s.rho(), interval(s.rhoInterval())));
        return String.join(", ", parts) + String.format(Locale.ROOT, " (95 %% percentile-bootstrap intervals), "
                + "n = %,d architectures, against %s", s.n(), s.column());
    }

    private static String interval(double[] ci) {
        return ci == null ? "" : String.format(Locale.ROOT, " [%.3f, %.3f]", ci[0], ci[1]);
    }

    private static String links(Data d, boolean html) {
        return link(d.csv(), html) + " (" + link(d.py(), html) + " " + (html ? esc(d.draws()) : md(d.draws())) + ")";
    }

    private static String link(String file, boolean html) {
        return html ? "<a href=\"" + esc(file) + "\">" + esc(file) + "</a>" : "[" + file + "](" + file + ")";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Markdown table cells and emphasis: no pipes or line breaks, no stray asterisks. */
    private static String md(String s) {
        return s.replace("|", "\\|").replace("*", "\\*").replace('\n', ' ');
    }
}
