package org.naswot.spaces.nds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.naswot.bench.imports.BenchmarkImporter;
import org.naswot.bench.imports.BenchmarkStore;
import org.naswot.bench.imports.DataImport;
import org.naswot.bench.imports.ImportBatch;
import org.naswot.bench.imports.ImportProgress;
import org.naswot.bench.imports.ImportSummary;
import org.naswot.common.UserFacingException;
import org.naswot.space.nds.NdsArchitecture;

/**
 * Imports one NDS (Radosavovic et al., "On Network Design Spaces") file such as {@code DARTS.json}: a list of
 * records, or {"top": [...], "mid": [...]}, read the way NASWOT's reference code does (top then mid, the
 * position being the architecture index). accuracy = 100 - last {@code test_ep_top1}. Records are streamed.
 * Space = "nds-" + file name; files ending in "_in" are ImageNet runs, the others CIFAR-10.
 */
public final class NdsImporter {
    public static final String KIND = "nds";
    /** Search-space ids of NDS spaces: {@code nds:} + the file's name, e.g. {@code nds:DARTS}. */
    public static final String ID_PREFIX = "nds:";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Registered in {@code META-INF/services}: {@code data import} reads NDS json files with it. */
    public static final class Provider implements BenchmarkImporter {
        @Override
        public DataImport.Kind format() {
            return DataImport.Kind.NDS_JSON;
        }

        @Override
        public Optional<String> storeSpace(Path file, String option) {
            return Optional.of(NdsFileSpace.storeSpace(file, option));
        }

        @Override
        public ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress, String storeSpace) {
            return NdsImporter.importInto(store, file, progress, storeSpace);
        }
    }

    private NdsImporter() {
    }

    /** The store's space of an NDS file's name ({@code DARTS} -> {@code nds-darts}). */
    public static String storeSpace(String ndsName) {
        return "nds-" + ndsName.toLowerCase(Locale.ROOT);
    }

    /** The store's space of a search-space id: {@code nds:DARTS} -> {@code nds-darts}; other ids are their own. */
    public static String storeSpaceOf(String spaceId) {
        return spaceId.startsWith(ID_PREFIX) ? storeSpace(spaceId.substring(ID_PREFIX.length())) : spaceId;
    }

    public static ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress) {
        return importInto(store, file, progress, NdsFileSpace.storeSpace(file, null));
    }

    /** @param space the store's space the records go to ({@link NdsFileSpace#storeSpace}) */
    public static ImportSummary importInto(BenchmarkStore store, Path file, ImportProgress progress, String space) {
        return store.importSource(KIND, file, batch -> {
            String dataset = space.endsWith("_in") ? "imagenet" : "cifar10";
            int[] index = {0};
            JsonToken first;
            try (JsonParser p = parser(file)) {
                first = p.nextToken();
            }
            if (first == JsonToken.START_ARRAY) {
                pass(file, null, rec -> write(batch, file, space, dataset, index[0]++, rec, progress));
            } else if (first == JsonToken.START_OBJECT) {
                // python's data['top'] + data['mid'] fixes the order, whatever the order in the file
                pass(file, "top", rec -> write(batch, file, space, dataset, index[0]++, rec, progress));
                pass(file, "mid", rec -> write(batch, file, space, dataset, index[0]++, rec, progress));
            } else {
                throw new UserFacingException(file + ": expected a JSON list of NDS records or {\"top\", \"mid\"}");
            }
            if (index[0] == 0) {
                throw new UserFacingException(file + ": no NDS records");
            }
        });
    }

    private interface RecordSink {
        void accept(JsonNode record) throws Exception;
    }

    private static JsonParser parser(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        // Python's json module writes NaN (and Infinity) for a diverged run: read them as it does
        return JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build().setCodec(JSON)
                .createParser(in);
    }

    /** Streams the records of the top-level array, or of the array under {@code field}. */
    private static void pass(Path file, String field, RecordSink sink) throws Exception {
        try (JsonParser p = parser(file)) {
            p.nextToken();
            if (field == null) {
                readArray(file, p, sink);
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals(field) && t == JsonToken.START_ARRAY) {
                    readArray(file, p, sink);
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UserFacingException(file + ": invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static void readArray(Path file, JsonParser p, RecordSink sink) throws Exception {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            sink.accept(p.readValueAsTree());
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new UserFacingException(file + ": expected NDS records (objects) at line "
                    + p.currentLocation().getLineNr());
        }
    }

    private static void write(ImportBatch batch, Path file, String space, String dataset, int index, JsonNode rec,
                              ImportProgress progress) throws Exception {
        JsonNode errors = rec.get("test_ep_top1");
        if (errors == null || !errors.isArray() || errors.isEmpty() || !errors.get(errors.size() - 1).isNumber()) {
            throw new UserFacingException(file + ": record " + index + " has no numeric test_ep_top1 list");
        }
        JsonNode net = rec.get("net");
        try {
            // refused here, with its position, rather than when the space is opened: it must read as one of NDS's
            // networks (a DARTS-style genotype or an AnyNet)
            NdsArchitecture.of(space, net, index);
        } catch (UserFacingException e) {
            throw new UserFacingException(file + ": record " + index + " (top, then mid): malformed 'net': "
                    + e.getMessage(), e);
        }
        long archId = batch.arch(space, Integer.toString(index), index, net == null ? null : net.toString());
        int epochs = errors.size();
        batch.metric(archId, dataset, "test", epochs, null, "accuracy", 100 - errors.get(epochs - 1).asDouble());
        // pycls records complexity in raw counts; the store keeps millions
        if (rec.path("params").isNumber()) {
            batch.metric(archId, dataset, null, null, null, "params", rec.get("params").asDouble() / 1e6);
        }
        if (rec.path("flops").isNumber()) {
            batch.metric(archId, dataset, null, null, null, "flops", rec.get("flops").asDouble() / 1e6);
        }
        progress.update(index + 1, -1);
    }
}
