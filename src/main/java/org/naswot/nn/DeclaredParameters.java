package org.naswot.nn;

import java.util.Map;

/**
 * A network whose parameters carry the names and the order of their source (an imported file's), which a proxy that
 * takes "the first k parameter tensors" in PyTorch's {@code named_parameters()} order follows instead of the module
 * tree's order: an ONNX exporter may list the nodes in another order than the modules were registered (NB201's
 * residual block: its shortcut's convolution before the block's own), but writes the initializers in the model's
 * {@code state_dict()} order, under their PyTorch names.
 */
public interface DeclaredParameters {

    /** Every parameter of {@link Module#stateDict()}, keyed by its source name, in the source's order. */
    Map<String, Parameter> declaredParameters();
}
