package org.naswot.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

import org.naswot.common.UserFacingException;
import org.naswot.data.pickle.PythonPickles;

/**
 * Imports an official NATS-Bench "simple" benchmark ({@code NATS-tss-v1_0-3ffb9-simple},
 * {@code NATS-sss-v1_0-50262-simple}): {@code meta.pickle.pbz2} lists every architecture string and each
 * {@code NNNNNN.pickle.pbz2} holds one architecture's training records per hyper-parameter budget
 * ('12'/'200' for tss, '01'/'12'/'90' for sss), per (dataset, seed).
 *
 * <p>Which space an architecture belongs to is its {@link NatsSpace}'s answer (topology: NB201's, size: NATS-sss's).
 * For every budget, dataset, seed and split it stores the final-epoch accuracy and loss (splits keep the
 * published eval names: train, x-valid, x-test, ori-test), the seed means, and params/flops/latency per dataset.
 */
public final class NatsImporter {
    public static final String KIND = "nats";

    private NatsImporter() {
    }

    public static ImportSummary importInto(BenchmarkStore store, Path source, ImportProgress progress) {
        return store.importSource(KIND, source, batch -> run(batch, source, progress));
    }

    private static void run(ImportBatch batch, Path source, ImportProgress progress) throws Exception {
        long[] total = {NatsEntries.countArchFiles(source)};
        long[] done = {0};
        Spaces spaces = new Spaces(source.getFileName().toString(), NatsSpace.registered());
        NatsEntries.forEach(source, (name, in) -> {
            Object root = unpickle(source, name, in);
            if (name.equals("meta" + NatsEntries.SUFFIX)) {
                int n = importMeta(batch, source, name, root, spaces);
                if (total[0] < 0) {
                    total[0] = n;
                }
            } else if (NatsEntries.isArchFile(name)) {
                importArch(batch, source, name, root, spaces);
                progress.update(++done[0], total[0]);
            }
        });
        if (done[0] == 0) {
            throw new UserFacingException(source + ": no NNNNNN.pickle.pbz2 architecture files found "
                    + "(expected an official NATS-Bench *-simple directory or .tar)");
        }
        batch.addSeedMeans();
    }

    private static Object unpickle(Path source, String name, InputStream in) {
        try {
            // the bz2 stream must not close the tar stream it reads from
            BZip2CompressorInputStream bz = new BZip2CompressorInputStream(new NonClosing(in));
            return PythonPickles.normalize(PythonPickles.load(bz));
        } catch (IOException e) {
            throw new UserFacingException(source + ": " + name + " is not a bz2-compressed pickle (" + e.getMessage()
                    + ")", e);
        }
    }

    /** The registered spaces asked for one file's architectures. */
    private record Spaces(String nameHint, List<NatsSpace> spaces) {
        String of(String archStr) {
            String hint = nameHint.toLowerCase(Locale.ROOT);
            for (NatsSpace s : spaces) {
                java.util.Optional<String> space = s.spaceOf(hint, archStr);
                if (space.isPresent()) {
                    return space.get();
                }
            }
            throw new UserFacingException("cannot tell NATS space from '" + nameHint + "' or arch '" + archStr + "'");
        }
    }

    private static int importMeta(ImportBatch batch, Path source, String name, Object root, Spaces spaces)
            throws Exception {
        List<?> archs = NatsRecords.list(NatsRecords.map(root, source, name, "meta").get("meta_archs"),
                source, name, "meta_archs");
        for (int i = 0; i < archs.size(); i++) {
            String arch = String.valueOf(archs.get(i));
            batch.arch(spaces.of(arch), arch, i, arch);
        }
        return archs.size();
    }

    private static void importArch(ImportBatch batch, Path source, String name, Object root, Spaces spaces)
            throws Exception {
        Map<?, ?> byBudget = NatsRecords.map(root, source, name, "top level");
        for (Map.Entry<?, ?> hp : byBudget.entrySet()) {
            String where = "hp '" + hp.getKey() + "'";
            Map<?, ?> info = NatsRecords.map(hp.getValue(), source, name, where);
            String arch = NatsRecords.string(info.get("arch_str"), source, name, where + " arch_str");
            int index = NatsRecords.integer(info.get("arch_index"), source, name, where + " arch_index");
            long archId = batch.arch(spaces.of(arch), arch, index, arch);
            int budget = NatsRecords.integer(hp.getKey(), source, name, "hp key");
            Map<?, ?> results = NatsRecords.map(info.get("all_results"), source, name, where + " all_results");
            Set<String> costsDone = new HashSet<>();
            for (Map.Entry<?, ?> r : results.entrySet()) {
                NatsRecords.Result res = NatsRecords.result(r.getKey(), r.getValue(), source, name, where);
                for (NatsRecords.Final f : res.finals()) {
                    batch.metric(archId, res.dataset(), f.split(), budget, res.seed(), f.metric(), f.value());
                }
                if (costsDone.add(res.dataset())) {
                    batch.metric(archId, res.dataset(), null, null, null, "params", res.params());
                    batch.metric(archId, res.dataset(), null, null, null, "flops", res.flops());
                    batch.metric(archId, res.dataset(), null, null, null, "latency", res.latency());
                }
            }
        }
    }

    /** Lets a decompressor be closed without closing the archive stream underneath. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // owned by the caller
        }
    }
}
