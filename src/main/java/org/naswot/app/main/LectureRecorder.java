package org.naswot.app.main;

import ai.djl.ndarray.NDArray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.naswot.figures.model.LectureData;
import org.naswot.nn.ActivationRecorder;
import org.naswot.score.ReluCounting;

/**
 * Keeps each ReLU's binary codes and the kernel after each ReLU, for the lecture mode: the same forward
 * pass the score uses, seen layer by layer. Agreements are counted with popcounts on the codes, with the
 * reference's multiplicity (conv ReLUs twice) when that counting is chosen, so the last kernel is the one
 * whose log-determinant is the score.
 */
final class LectureRecorder implements ActivationRecorder {
    private final int batch;
    private final ReluCounting counting;
    private final List<LectureData.LayerCodes> layers = new ArrayList<>();
    private final List<double[][]> kernels = new ArrayList<>();
    private double[][] running;

    LectureRecorder(int batch, ReluCounting counting) {
        this.batch = batch;
        this.counting = counting;
        this.running = new double[batch][batch];
    }

    @Override
    public void record(NDArray rectified, boolean containerHooked) {
        int units = (int) (rectified.size() / batch);
        float[] values = rectified.toFloatArray();
        BitSet[] codes = new BitSet[batch];
        for (int i = 0; i < batch; i++) {
            codes[i] = new BitSet(units);
            int offset = i * units;
            for (int u = 0; u < units; u++) {
                if (values[offset + u] > 0) {
                    codes[i].set(u);
                }
            }
        }
        int weight = containerHooked && counting == ReluCounting.REFERENCE ? 2 : 1;
        double[][] next = new double[batch][batch];
        for (int a = 0; a < batch; a++) {
            for (int b = a; b < batch; b++) {
                BitSet differ = (BitSet) codes[a].clone();
                differ.xor(codes[b]);
                double agree = running[a][b] + weight * (units - differ.cardinality());
                next[a][b] = agree;
                next[b][a] = agree;
            }
        }
        running = next;
        // words a student reads (review P6), not "ReLU 2 ×2 (16,384 units)": the units are said where they matter
        String name = String.format("ReLU layer %d%s", layers.size() + 1, weight == 2 ? " (counted twice)" : "");
        layers.add(new LectureData.LayerCodes(name, units, codes));
        kernels.add(next);
    }

    List<LectureData.LayerCodes> layers() {
        return layers;
    }

    List<double[][]> kernels() {
        return kernels;
    }
}
