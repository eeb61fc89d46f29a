package org.naswot.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.naswot.common.UserFacingException;

/**
 * Loads a PyTorch {@code state_dict} saved with {@code np.savez} (one {@code <key>.npy} member per entry,
 * the reference's own key names) into a network. Every parameter and buffer must be present with the
 * right shape; {@code num_batches_tracked} entries are ignored (they play no part in training-mode BN).
 */
public final class StateDictLoader {
    private StateDictLoader() {
    }

    public static void load(Module network, NDManager manager, Path npz) {
        load(network, read(manager, npz), npz);
    }

    /** All entries of the file, in file order, named by their state_dict keys. */
    public static NDList read(NDManager manager, Path npz) {
        requireNpz(npz);
        try (InputStream in = Files.newInputStream(npz)) {
            return NDList.decode(manager, in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserFacingException("weights file " + npz + " not found", e);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("cannot read weights file " + npz + ": " + e.getMessage()
                    + " (expected an .npz written by np.savez)", e);
        }
    }

    /** An .npz is a zip archive: a single .npy array (or anything else) is named as what it is. */
    private static void requireNpz(Path file) {
        byte[] head = new byte[6];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserFacingException("weights file " + file + " not found", e);
        } catch (IOException e) {
            throw new UserFacingException("cannot read weights file " + file + ": " + e.getMessage(), e);
        }
        if (n >= 6 && (head[0] & 0xFF) == 0x93 && head[1] == 'N' && head[2] == 'U' && head[3] == 'M') {
            throw new UserFacingException("weights file " + file + " is a single .npy array, not an .npz archive of "
                    + "the network's state_dict: save the weights with np.savez(f, **{k: v.numpy() for k, v in "
                    + "net.state_dict().items()})");
        }
        if (n < 2 || head[0] != 'P' || head[1] != 'K') {
            throw new UserFacingException("weights file " + file + " is not an .npz (zip) archive"
                    + (n == 0 ? " (it is empty)" : "") + ": expected the state_dict saved with np.savez");
        }
    }

    /** Outputs of the saved network (rows of {@code classifier.weight}; the reference scorer uses 1). */
    public static int outputs(NDList entries) {
        NDArray classifier = entries.get("classifier.weight");
        return classifier == null ? 1 : (int) classifier.getShape().get(0);
    }

    public static void load(Module network, NDList entries, Path npz) {
        Map<String, Parameter> state = network.stateDict();
        for (Map.Entry<String, Parameter> e : state.entrySet()) {
            NDArray value = entries.get(e.getKey());
            if (value == null) {
                throw new UserFacingException("weights file " + npz + " has no entry '" + e.getKey()
                        + "' (shape " + e.getValue().shape() + ") that this architecture needs");
            }
            if (!value.getShape().equals(e.getValue().shape())) {
                throw new UserFacingException("weights file " + npz + ": entry '" + e.getKey() + "' has shape "
                        + value.getShape() + ", the network needs " + e.getValue().shape());
            }
            NDArray floats = value.getDataType() == DataType.FLOAT32 ? value : value.toType(DataType.FLOAT32, false);
            if (floats.isNaN().logicalOr(floats.isInfinite()).any().getBoolean()) {
                throw new UserFacingException("weights file " + npz + ": entry '" + e.getKey() + "' holds NaN or "
                        + "infinite values; the weights must be finite");
            }
            e.getValue().setValue(floats);
        }
        for (NDArray entry : entries) {
            String name = entry.getName();
            // an entry without values carries no weight: the reference NB101 Network's arch_parameters, shape (7, 0)
            if (name != null && !name.endsWith("num_batches_tracked") && !state.containsKey(name)
                    && entry.getShape().size() != 0) {
                throw new UserFacingException("weights file " + npz + " has an entry '" + name
                        + "' this architecture does not have: are the weights for another architecture?");
            }
        }
    }
}
