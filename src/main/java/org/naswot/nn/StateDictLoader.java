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
        try (InputStream in = Files.newInputStream(npz)) {
            return NDList.decode(manager, in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserFacingException("weights file " + npz + " not found", e);
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("cannot read weights file " + npz + ": " + e.getMessage()
                    + " (expected an .npz written by np.savez)", e);
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
            e.getValue().setValue(value.getDataType() == DataType.FLOAT32 ? value : value.toType(DataType.FLOAT32, false));
        }
        for (NDArray entry : entries) {
            String name = entry.getName();
            if (name != null && !name.endsWith("num_batches_tracked") && !state.containsKey(name)) {
                throw new UserFacingException("weights file " + npz + " has an entry '" + name
                        + "' this architecture does not have: are the weights for another architecture?");
            }
        }
    }
}
