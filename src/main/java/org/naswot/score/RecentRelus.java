package org.naswot.score;

import ai.djl.ndarray.NDArray;

/**
 * The last few ReLUs of a forward pass, by the identity of their input array: a cell's edges leaving one node all
 * rectify that node's array (interleaved with the other nodes' edges, hence more than one). The input is held, so its
 * identity cannot pass to a new array; the output is used only while it is still allocated.
 */
final class RecentRelus {
    /** Enough for a cell's source nodes (NB201: 3, DARTS: the cell inputs and 4 nodes). */
    private static final int KEPT = 6;

    /** @param distances the ReLU's own Hamming distances (upper triangle); @param units its units per image */
    record Entry(NDArray rectified, long[] distances, long units) {
    }

    private final NDArray[] inputs = new NDArray[KEPT];
    private final Entry[] entries = new Entry[KEPT];
    private int next;

    void remember(NDArray input, Entry entry) {
        inputs[next] = input;
        entries[next] = entry;
        next = (next + 1) % KEPT;
    }

    /** The entry of a ReLU on exactly this array whose output is still allocated, or null. */
    Entry find(NDArray input) {
        for (int i = 0; i < KEPT; i++) {
            if (inputs[i] == input && !entries[i].rectified().isReleased() && !input.isReleased()) {
                return entries[i];
            }
        }
        return null;
    }
}
