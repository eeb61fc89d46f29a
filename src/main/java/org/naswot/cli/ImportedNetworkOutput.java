package org.naswot.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.service.ImportedNetworkScoring;

/** {@code naswot score --onnx FILE}: scores a network of the user's own and prints it as {@code score} prints. */
final class ImportedNetworkOutput {
    private final Output out;
    private final ScoringOptions scoring;
    private final CommonOptions common;

    ImportedNetworkOutput(Output out, ScoringOptions scoring, CommonOptions common) {
        this.out = out;
        this.scoring = scoring;
        this.common = common;
    }

    int score(Path onnx, Path weights, List<String> proxyIds) {
        if (weights != null) {
            throw new UserFacingException("--weights goes with --arch/--index: an ONNX network is scored with the "
                    + "weights its file holds");
        }
        var proxies = ProxyChoice.parse(proxyIds);
        ImportedNetworkScoring.Result r;
        try (CancelOnInterrupt cancel = CancelOnInterrupt.install()) {
            r = ImportedNetworkScoring.score(onnx, scoring.config(), DataDirectory.resolve(common.dataDir), proxies,
                    out::note, cancel::requested, (what, done, total) -> { });
        }
        var k = r.score();
        String counting = "each of the graph's " + r.network().reluNodes() + " Relu nodes counted once";
        if (common.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("onnx", onnx.toString());
            o.put("score", JsonLines.number(k.logDet()));
            o.put("relu_nodes", r.network().reluNodes());
            o.put("relu_units", k.reluUnits());
            o.put("params", k.params());
            o.put("outputs", r.outputs());
            o.put("seconds", k.seconds());
            o.put("dataset", scoring.dataset);
            o.put("device", r.device());
            o.put("batch", r.batch());
            if (!r.proxies().isEmpty()) {
                Map<String, Object> p = new LinkedHashMap<>();
                r.proxies().forEach((id, v) -> p.put(id, JsonLines.number(v)));
                o.put("proxies", p);
            }
            out.json(o);
            return 0;
        }
        StringBuilder text = new StringBuilder(String.format(
                "%s (%d nodes, %s)%n  score       %s  (log|det K|, %s)%n  relu units  %,d%n  params      %,d%n"
                        + "  time        %.3f s on %s%n  batch       %s",
                onnx.getFileName(), r.network().nodes(), r.network().producer().isEmpty() ? "ONNX"
                        : "exported by " + r.network().producer(), Output.formatScore(k.logDet()), counting,
                k.reluUnits(), k.params(), k.seconds(), r.device(), r.batch()));
        text.append(String.format("%n  note        an exporter merges ReLUs applied to one tensor into one Relu node, "
                + "so the count can be below the PyTorch model's ReLU modules"));
        // a proxy's -inf is its own value, not a singular K as the score's formatting would say
        r.proxies().forEach((id, v) -> text.append(String.format("%n  %-12s %s", id,
                Double.isNaN(v) ? "not computed (see the note above)" : String.format("%.6f", v))));
        out.text(text.toString());
        return 0;
    }
}
