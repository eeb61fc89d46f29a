package org.naswot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.naswot.data.DataDirectory;
import org.naswot.run.ScoringSession;
import org.naswot.run.SpaceContext;
import org.naswot.score.ScoreResult;
import org.naswot.score.ScoringProtocol;
import org.naswot.service.ProtocolScoring;
import org.naswot.service.ProxySelection;
import org.naswot.space.Architecture;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code naswot score --protocol P [--protocol-seeds N] [--proxies ...]}: one architecture of a space scored as
 * score-space scores it under the protocol ({@link ProtocolScoring}), each seed's values and their mean.
 */
final class ProtocolScoreOutput {
    private static final String NWOT = org.naswot.score.Measures.NWOT;
    private final Output out;
    private final ScoringOptions scoring;
    private final CommonOptions common;

    ProtocolScoreOutput(Output out, ScoringOptions scoring, CommonOptions common) {
        this.out = out;
        this.scoring = scoring;
        this.common = common;
    }

    void score(String archText, Integer index, ProtocolOptions protocol, CommandSpec spec, List<String> proxyIds) {
        ScoringProtocol p = protocol.chosen();
        int seeds = protocol.seedCount();
        protocol.requireDrawnBatch(scoring);
        ScoringSession.Config config = scoring.config(p, protocol.batchSize(scoring, spec));
        ProxySelection proxies = ProxySelection.resolve(proxyIds);
        SpaceContext ctx = SpaceContext.open(config.space(), DataDirectory.resolve(common.dataDir));
        Architecture arch = archText != null ? ctx.space().parse(archText) : ctx.space().architecture(index);
        String label = "score " + (archText != null ? "--arch " + arch.encoding() : "--index " + index)
                + (p == ScoringProtocol.PAPER ? "" : " --protocol " + p.cliName());
        // a network outside the benchmark (no index) is not stored, as score has never stored one
        ProtocolScoring.Result r = ProtocolScoring.score(config, ctx, arch, proxies, seeds,
                arch.index() >= 0 ? common.db : null, label, out::note);
        ScoreResult first = r.seeds().get(0).score();
        List<Long> seedList = r.seeds().stream().map(ProtocolScoring.Seed::seed).toList();
        List<String> onNoise = new ArrayList<>();
        if (p.noiseInputFor(NWOT)) {
            onNoise.add(NWOT);
        }
        r.meanProxies().keySet().stream().filter(p::noiseInputFor).forEach(onNoise::add);
        // the measures the protocol computes on PyTorch's default initialisation instead of weight_init
        List<String> asBuilt = r.meanProxies().keySet().stream()
                .filter(id -> p.weightInitFor(id) != p.weightInit()).toList();
        double seconds = r.seeds().stream().mapToDouble(s -> s.score().seconds()).sum();
        if (common.json) {
            Map<String, Object> o = Output.scoreObject(new ScoreResult(first.space(), first.index(), first.arch(),
                    r.meanScore(), first.reluUnits(), first.params(), seconds));
            o.put("dataset", scoring.dataset);
            o.put("relu_count", scoring.counting().cliName());
            o.put("batch_size", config.batchSize());
            o.put("protocol", p.cliName());
            o.put("protocol_seeds", seedList);
            o.put("weight_init", p.weightInit().name().toLowerCase(Locale.ROOT));
            o.put("noise_input", onNoise);
            o.put("default_init", asBuilt);
            o.put("score_seeds", r.seeds().stream().map(s -> JsonLines.number(s.score().score())).toList());
            if (!r.meanProxies().isEmpty()) {
                Map<String, Object> means = JsonLines.object();
                Map<String, Object> perSeed = JsonLines.object();
                r.meanProxies().forEach((id, v) -> {
                    means.put(id, JsonLines.number(v));
                    perSeed.put(id, r.seeds().stream().map(s -> JsonLines.number(s.proxies().get(id))).toList());
                });
                o.put("proxies", means);
                o.put("proxies_seeds", perSeed);
            }
            out.json(o);
            return;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s #%d %s%n  score       %s  (log|det K|, %s counting; mean of %d seed%s %s: %s)%n"
                        + "  relu units  %,d%n  params      %,d%n  time        %.3f s%n  protocol    %s, batch %d, "
                        + "%s weights%s",
                first.space(), first.index(), first.arch(), Output.formatScore(r.meanScore()),
                scoring.counting().cliName(), seedList.size(), seedList.size() == 1 ? "" : "s", seedList,
                String.join(", ", r.seeds().stream().map(s -> Output.formatScore(s.score().score())).toList()),
                first.reluUnits(), first.params(), seconds, p.cliName(), config.batchSize(),
                p.weightInit().name().toLowerCase(Locale.ROOT),
                onNoise.isEmpty() ? "" : ", " + String.join(" and ", onNoise) + " on Gaussian noise")
                + (asBuilt.isEmpty() ? "" : ", " + String.join(" and ", asBuilt) + " on PyTorch's default weights"));
        r.meanProxies().forEach((id, v) -> text.append(String.format(Locale.ROOT, "%n  %-11s %s", id,
                Output.formatScore(v))));
        out.text(text.toString());
    }
}
