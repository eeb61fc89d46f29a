package org.naswot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.run.ArchitectureSeeds;
import org.naswot.run.EngineSetup;
import org.naswot.run.ScoringSession;
import org.naswot.score.KernelScore;
import org.naswot.score.ScoreResult;
import org.naswot.score.Weights;
import org.naswot.space.Architecture;
import org.naswot.store.ResultStore;
import org.naswot.store.RunStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code naswot score}: the NASWOT score of one architecture. */
@Command(name = "score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score one architecture: log|det K| of its ReLU-code kernel over one mini-batch.")
final class ScoreCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--arch", paramLabel = "STR", required = true, description = "Architecture string: an NB201 "
                + "cell, an NDS json \"net\" object (nds:*), NASLib's compact cell pair (nb301), ...")
        String arch;

        @Option(names = "--index", paramLabel = "I", required = true, description = "The benchmark's index of the architecture.")
        Integer index;

        @Option(names = "--onnx", paramLabel = "FILE.onnx", required = true, description = "A network of your own: "
                + "a CNN exported with torch.onnx.export(..., training=TrainingMode.TRAINING), scored with its own "
                + "weights; each Relu node of the graph counts once. --dataset picks the batch (--space's datasets).")
        Path onnx;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--weights", paramLabel = "FILE.npz",
            description = "Load a PyTorch state_dict saved with np.savez (reference key names) instead of initialising.")
    Path weights;

    @Option(names = "--proxies", paramLabel = "all|P1,P2,...", split = ",",
            description = "Also compute these zero-cost proxies (all: every one; see `naswot proxies`) on the same "
                    + "batch and weights, as score-space --proxies computes them (aggregates rank a run's "
                    + "architectures: score-space only).")
    List<String> proxies;

    @Mixin
    ProtocolOptions protocolOptions;

    @Mixin
    ScoringOptions scoring;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        EngineSetup.threads(scoring.threads);
        Output out = new Output(spec, common.json);
        picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        boolean protocolGiven = parsed.hasMatchedOption("--protocol") || parsed.hasMatchedOption("--protocol-seeds");
        if (protocolGiven && (target.onnx != null || weights != null)) {
            throw new UserFacingException("--protocol sets the weights of a space's architecture: leave it out with "
                    + (target.onnx != null ? "--onnx" : "--weights"));
        }
        if (target.onnx != null) {
            return new ImportedNetworkOutput(out, scoring, common).score(target.onnx, weights, proxies);
        }
        if (protocolGiven || proxies != null) {
            if (weights != null) {
                throw new UserFacingException("--proxies with --weights: the proxies initialise their own "
                        + "networks; leave --weights out (or use --onnx with your network)");
            }
            new ProtocolScoreOutput(out, scoring, common).score(target.arch, target.index, protocolOptions,
                    spec, proxies);
            return 0;
        }
        ScoringSession.Config config = scoring.config();
        try (ScoringSession session = ScoringSession.open(config, DataDirectory.resolve(common.dataDir), out::note)) {
            Architecture arch = target.arch != null ? session.context().space().parse(target.arch)
                    : session.context().space().architecture(target.index);
            org.naswot.spaces.SpaceModules.of(arch.space())
                    .sizeNote(arch, session.batch().size(), session.batch().height()).ifPresent(out::note);
            Weights w = weights != null ? Weights.fromNpz(weights)
                    : Weights.seeded(ArchitectureSeeds.of(scoring.effectiveInitSeed(), arch, scoring.weightSeeds()));
            KernelScore k = session.scorer().score(arch, w);
            ScoreResult r = new ScoreResult(session.context().key(), arch.index(), arch.encoding(), k.logDet(),
                    k.reluUnits(), k.params(), k.seconds());
            if (common.db != null && weights == null && arch.index() >= 0) {
                try (ResultStore store = ResultStore.open(common.db)) {
                    long run = store.startRun(session.settings(), "score", 1);
                    store.addScore(run, r);
                    store.finishRun(run, RunStatus.FINISHED);
                }
            }
            if (common.json) {
                Map<String, Object> o = Output.scoreObject(r);
                o.put("dataset", scoring.dataset);
                o.put("relu_count", scoring.counting().cliName());
                o.put("device", session.device().label());
                o.put("batch", session.batch().description());
                out.json(o);
            } else {
                out.text(String.format("%s #%d %s%n  score       %s  (log|det K|, %s counting, %d ReLU modules)%n"
                                + "  relu units  %,d%n  params      %,d%n  time        %.3f s on %s%n  batch       %s",
                        r.space(), r.index(), r.arch(), Output.formatScore(r.score()), scoring.counting().cliName(),
                        k.hookedModules(), r.reluUnits(), r.params(), r.seconds(), session.device().label(),
                        session.batch().description()));
            }
        }
        return 0;
    }
}
