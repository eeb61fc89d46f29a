package org.naswot.spaces.nb101;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.naswot.bench.imports.BenchmarkImporter;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.DataImport;
import org.naswot.bench.imports.ImportBatch;
import org.naswot.bench.imports.ImportProgress;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.bench.imports.TfRecordReader;
import org.naswot.common.UserFacingException;
import org.naswot.space.nb101.Nb101Space;

/**
 * Imports NAS-Bench-101's {@code nasbench_only108.tfrecord} (or the full file with 4/12/36/108 epochs). Each
 * record is JSON [module_hash, epochs, raw_adjacency, raw_operations, base64 ModelMetrics]; there are three
 * records (repeats) per hash and budget. Per repeat (stored as seed 0, 1, 2) it keeps the final
 * validation/test/train accuracy (converted to percent, like every other importer), params (millions) and
 * training time; the means over repeats are computed in SQL at the end. Records are streamed one at a time.
 *
 * <p>arch_key = module hash; arch_str = "adjacency(row-major 0/1)|op|op|...", ops as published.
 */
public final class Nb101TfrecordImporter {
    public static final String KIND = "nb101-tfrecord";
    public static final String SPACE = Nb101Space.ID;
    public static final String DATASET = "cifar10";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Registered in {@code META-INF/services}: {@code data import} reads tfrecord files with it. */
    public static final class Provider implements BenchmarkImporter {
        @Override
        public DataImport.Kind format() {
            return DataImport.Kind.NB101_TFRECORD;
        }

        @Override
        public ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress, String storeSpace) {
            return Nb101TfrecordImporter.importInto(store, file, progress);
        }
    }

    private Nb101TfrecordImporter() {
    }

    public static ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress) {
        return store.importSource(KIND, file, batch -> run(batch, file, progress));
    }

    private static void run(ImportBatch batch, Path file, ImportProgress progress) throws Exception {
        long size = Files.size(file);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream digest = new DigestInputStream(raw, sha);
             InputStream in = new BufferedInputStream(digest, 1 << 16)) {
            TfRecordReader reader = new TfRecordReader(in, file.toString());
            String lastKey = null;
            int repeat = -1;
            long count = 0;
            byte[] data;
            while ((data = reader.next()) != null) {
                Record r = parse(data, reader);
                long archId = batch.arch(SPACE, r.hash, null, r.archStr);
                String key = r.hash + "@" + r.epochs;
                // repeats of one hash are consecutive in the published files; the DB lookup covers other orders
                repeat = key.equals(lastKey) ? repeat + 1 : batch.maxSeed(archId, r.epochs, "accuracy") + 1;
                lastKey = key;
                write(batch, archId, r, repeat);
                if (++count % 1000 == 0) {
                    progress.update(reader.recordOffset(), size);
                }
            }
            if (count == 0) {
                throw new UserFacingException(file + ": no TFRecord records");
            }
            progress.update(size, size);
        }
        batch.sha256(HexFormat.of().formatHex(sha.digest()));
        batch.addSeedMeans();
    }

    private record Record(String hash, int epochs, String archStr, Nb101Metrics metrics) {
    }

    private static Record parse(byte[] data, TfRecordReader reader) {
        try {
            JsonNode a = JSON.readTree(data);
            if (a == null || !a.isArray() || a.size() < 5) {
                throw reader.bad("expected a JSON list [hash, epochs, adjacency, operations, metrics]");
            }
            String ops = a.get(3).asText().replace(',', '|');
            Nb101Metrics m = Nb101Metrics.parse(Base64.getDecoder().decode(a.get(4).asText()));
            return new Record(a.get(0).asText(), a.get(1).asInt(), a.get(2).asText() + "|" + ops, m);
        } catch (IOException | IllegalArgumentException e) {
            throw reader.bad("unreadable record contents (" + e.getMessage() + ")");
        }
    }

    private static void write(ImportBatch batch, long archId, Record r, int seed) throws Exception {
        Nb101Metrics.Evaluation e = r.metrics.last();
        batch.metric(archId, DATASET, "train", r.epochs, seed, "accuracy", 100 * e.trainAccuracy());
        batch.metric(archId, DATASET, "valid", r.epochs, seed, "accuracy", 100 * e.validationAccuracy());
        batch.metric(archId, DATASET, "test", r.epochs, seed, "accuracy", 100 * e.testAccuracy());
        batch.metric(archId, DATASET, null, r.epochs, seed, "train_time", e.trainingTime());
        batch.metric(archId, DATASET, null, null, null, "params", r.metrics.trainableParameters() / 1e6);
    }
}
