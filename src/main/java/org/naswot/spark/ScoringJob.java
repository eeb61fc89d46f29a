package org.naswot.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.run.ScoringSession;
import org.naswot.score.ReluCounting;
import org.naswot.score.WeightSeeds;

/**
 * What an executor needs to build the driver's scoring session: {@link ScoringSession.Config} in serialisable form,
 * plus the driver's data directory (for spaces whose entries are imported, e.g. NDS) and the libtorch threads per task.
 *
 * @param batchFileName the name of a given --batch file (it only names the settings: the batch itself is shipped)
 * @param dataDir       the driver's --data-dir; an executor without it uses its own default data directory
 * @param threads       libtorch threads per operation on the executors; null for libtorch's default
 * @param settingsKey   the driver's {@code ScoringSettings.keyText()}: an executor whose session differs refuses to
 *                      score, so rows of other settings never reach the store
 */
record ScoringJob(String space, String dataset, InputKind input, int batchSize, long seed, long initSeed,
                  ReluCounting counting, String device, String batchFileName, String dataDir, Integer threads,
                  String settingsKey, WeightSeeds weightSeeds) implements Serializable {

    static ScoringJob of(ScoringSession.Config c, Path dataDir, Integer threads, String settingsKey) {
        return new ScoringJob(c.space(), c.dataset(), c.input(), c.batchSize(), c.seed(), c.initSeed(), c.counting(),
                c.device(), c.batchFile() == null ? null : c.batchFile().getFileName().toString(),
                dataDir == null ? null : dataDir.toAbsolutePath().toString(), threads, settingsKey, c.weightSeeds());
    }

    ScoringSession.Config config() {
        return new ScoringSession.Config(space, dataset, input, batchSize, seed, initSeed, counting, device,
                batchFileName == null ? null : Path.of(batchFileName), weightSeeds);
    }

    /** The driver's data directory where this node has it, else this node's default one. */
    DataDirectory dataDirectory() {
        return DataDirectory.resolve(dataDir != null && Files.isDirectory(Path.of(dataDir)) ? Path.of(dataDir) : null);
    }
}
