package org.naswot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.nn.ActivationRecorder;
import org.naswot.onnx.ImportedNetwork;
import org.naswot.run.ScoringSession;
import org.naswot.score.KernelScore;
import org.naswot.score.NaswotScorer;
import org.naswot.score.ScoringCancelledException;
import org.naswot.score.Weights;
import org.naswot.score.proxies.ProxyContext;
import org.naswot.score.proxies.ProxyEvaluator;
import org.naswot.score.proxies.ProxyRequirements;
import org.naswot.score.proxies.ZeroCostProxy;

/**
 * Scores one network of the user's own, read from an ONNX file, for the command line ({@code score --onnx}) and the
 * window ("Open network…"): the NASWOT score with its kernel, and any zero-cost proxies, on the batch the settings
 * draw (the {@code --space}'s datasets), with the file's own weights. Nothing is stored: the network has no index.
 */
public final class ImportedNetworkScoring {
    private ImportedNetworkScoring() {
    }

    /**
     * @param network  the file read and translated
     * @param score    the NASWOT score, with K and the logits
     * @param outputs  the network's output width (logits per image)
     * @param proxies  each chosen proxy's value, in the order chosen (NaN where it failed, with a note)
     * @param batch    the batch, as {@code ImageBatch.description()} gives it
     * @param device   where it ran
     * @param labels   the batch's class labels, in K's order
     */
    public record Result(ImportedNetwork network, KernelScore score, int outputs, Map<String, Double> proxies,
                         String batch, String device, int[] labels) {
    }

    /** What a front end hears while a network is scored. */
    @FunctionalInterface
    public interface Progress {
        /** @param done steps finished of {@code total} (the score, then each proxy) */
        void step(String what, int done, int total);
    }

    /**
     * Reads {@code onnx} (refusing an unreadable file or an operator not translated before anything is drawn), draws
     * the batch of {@code config}, checks the graph's input shape against it, then scores.
     *
     * @param notes     receives warnings worth showing (batch and device fallbacks, a fixed batch dimension)
     * @param cancelled checked at every ReLU and between proxies; a cancelled scoring ends with
     *                  {@link ScoringCancelledException}
     */
    public static Result score(Path onnx, ScoringSession.Config config, DataDirectory data,
                               List<ZeroCostProxy> proxies, Consumer<String> notes, BooleanSupplier cancelled,
                               Progress progress) {
        ImportedNetwork network = ImportedNetwork.open(onnx);
        int total = 1 + proxies.size();
        try (ScoringSession session = ScoringSession.open(config, data, notes)) {
            var batch = session.batch();
            network.requireInput(batch.size(), batch.channels(), batch.height(), batch.width()).ifPresent(notes);
            ProxyRequirements.check(proxies, batch.labels(), session.classes());
            progress.step("NASWOT score", 0, total);
            KernelScore k;
            try (NaswotScorer scorer = new NaswotScorer(network.builder(), batch, session.classes(), config.counting(),
                    session.device())) {
                ActivationRecorder cancelCheck = (x, twice) -> {
                    if (cancelled.getAsBoolean()) {
                        throw new ScoringCancelledException();
                    }
                };
                k = scorer.score(network, Weights.carried(network::assignWeights), true, cancelCheck);
            }
            int outputs = k.logits().length / batch.size();
            requireClassifierWidth(network, proxies, outputs, session.classes(), config.dataset());
            Map<String, Double> values = new LinkedHashMap<>();
            if (!proxies.isEmpty()) {
                try (ProxyEvaluator evaluator = new ProxyEvaluator(network.builder(), batch, session.classes(),
                        session.device());
                     ProxyContext context = evaluator.open(network, config.initSeed(), network::assignWeights)) {
                    int done = 1;
                    for (ZeroCostProxy p : proxies) {
                        if (cancelled.getAsBoolean()) {
                            throw new ScoringCancelledException();
                        }
                        progress.step(p.id(), done++, total);
                        values.put(p.id(), computeOne(p, context, notes));
                    }
                }
            }
            progress.step("done", total, total);
            return new Result(network, k, outputs, values, batch.description(), session.device().label(),
                    batch.labels().clone());
        }
    }

    private static double computeOne(ZeroCostProxy p, ProxyContext context, Consumer<String> notes) {
        try {
            return p.compute(context);
        } catch (UserFacingException | ScoringCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            notes.accept(p.id() + " failed on this network: " + UserFacingException.describe(e));
            return Double.NaN;
        }
    }

    /** The label-based proxies' cross-entropy needs one logit per class of the dataset. */
    private static void requireClassifierWidth(ImportedNetwork network, List<ZeroCostProxy> proxies, int outputs,
                                               int classes, String dataset) {
        List<String> needLabels = new ArrayList<>();
        for (ZeroCostProxy p : proxies) {
            if (ProxyRequirements.needsLabels(p.id())) {
                needLabels.add(p.id());
            }
        }
        if (outputs != classes && !needLabels.isEmpty()) {
            throw new UserFacingException(network.shownName() + " has " + outputs + " outputs but " + dataset
                    + " has " + classes + " classes, which " + String.join(", ", needLabels)
                    + (needLabels.size() == 1 ? " needs" : " need") + " (a cross-entropy "
                    + "over the labels): pick the --dataset the network was built for, or leave these proxies out");
        }
    }
}
