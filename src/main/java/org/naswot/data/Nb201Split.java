package org.naswot.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.naswot.common.UserFacingException;

/**
 * NAS-Bench-201's split of the 50,000 CIFAR-10 training images into 25k {@code train} and 25k
 * {@code valid} indices ({@code cifar10-valid-split.json}). The paper draws its scoring batches from
 * {@code train}. File format: {@code {"train": ["int", ["0", "5", ...]], "valid": ["int", [...]]}}.
 */
public final class Nb201Split {

    private final int[] train;
    private final int[] valid;
    private final BitSet trainSet;
    private final BitSet validSet;

    private Nb201Split(int[] train, int[] valid) {
        this.train = train;
        this.valid = valid;
        this.trainSet = toSet(train);
        this.validSet = toSet(valid);
    }

    public static Nb201Split read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("NB201 train/valid split not found at " + file + ": copy "
                    + "cifar10-valid-split.json (NAS-Bench-201's split) there, or point --data-dir at a folder "
                    + "with nb201/cifar10-valid-split.json");
        }
        return read(new DataFile(file.getFileName().toString(), file, null));
    }

    /** Reads the data directory's copy or the built-in one. */
    public static Nb201Split read(DataFile file) {
        if (!file.exists()) {
            return read(file.path());
        }
        String name = file.displayName();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.readAllBytes());
        } catch (IOException e) {
            throw new UserFacingException(name + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); copy the NB201 split file again", e);
        }
        int[] train = indices(root, "train", name);
        int[] valid = indices(root, "valid", name);
        Nb201Split split = new Nb201Split(train, valid);
        if (split.trainSet.intersects(split.validSet)) {
            BitSet both = (BitSet) split.trainSet.clone();
            both.and(split.validSet);
            throw new UserFacingException(name + ": image " + both.nextSetBit(0)
                    + " is in both train and valid; not an NB201 split file");
        }
        return split;
    }

    /** The train indices, in file order. */
    public int[] train() {
        return train.clone();
    }

    public int[] valid() {
        return valid.clone();
    }

    public boolean inTrain(int index) {
        return index >= 0 && trainSet.get(index);
    }

    public boolean inValid(int index) {
        return index >= 0 && validSet.get(index);
    }

    private static int[] indices(JsonNode root, String key, String file) {
        JsonNode entry = root == null ? null : root.get(key);
        // NB201 writes each list as ["int", [values as strings]]: the type tag, then the values.
        if (entry == null || !entry.isArray() || entry.size() != 2 || !entry.get(1).isArray()) {
            throw new UserFacingException(file + ": expected \"" + key + "\": [\"int\", [\"0\", \"5\", ...]]; "
                    + "not an NB201 split file");
        }
        JsonNode values = entry.get(1);
        int[] out = new int[values.size()];
        for (int i = 0; i < out.length; i++) {
            String text = values.get(i).asText();
            try {
                out[i] = Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new UserFacingException(file + ": \"" + key + "\" entry " + i + " is '" + text
                        + "', not an image index");
            }
            if (out[i] < 0) {
                throw new UserFacingException(file + ": \"" + key + "\" entry " + i + " is negative (" + out[i] + ")");
            }
        }
        return out;
    }

    private static BitSet toSet(int[] indices) {
        BitSet set = new BitSet();
        for (int i : indices) {
            set.set(i);
        }
        return set;
    }
}
