package org.naswot.nn;

import java.util.List;

/**
 * A network whose body is one chain: a stem, then cells each reading only the previous one's output (NB201's
 * TinyNetwork). AZ-NAS reads the stem's and every cell's output ({@code extract_cell_features}) and differentiates
 * each cell's output w.r.t. its input.
 */
public interface CellChain {

    /** The stem, then every cell, in forward order: the modules whose outputs are the chain's features. */
    List<Module> featureStages();
}
