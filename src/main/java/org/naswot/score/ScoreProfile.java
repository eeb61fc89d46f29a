package org.naswot.score;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.naswot.nn.ActivationRecorder;
import org.naswot.nn.ReluReuse;
import org.naswot.nn.Conv2d;
import org.naswot.nn.Module;

/**
 * Where scoring time goes, summed over the architectures scored with it: the scorer's phases (build, weight
 * initialisation, ...) by {@link #lap}, and within the forward pass each module kind's own time (its children's
 * excluded) and the kernel accumulation at the ReLUs. Also counts the convolutions' multiply-accumulates. Wall-clock
 * timing is exact on the CPU, where libtorch runs each operation before returning; on a GPU operations are queued,
 * so their time lands wherever the host next waits (the NaN check, the kernel's copy to the host).
 */
public final class ScoreProfile {
    /** The phase name of the time spent in {@link KernelAccumulator#record} during the forward pass. */
    public static final String KERNEL = "kernel accumulation (ReLU codes to K's counts)";
    private static final String FORWARD = "forward: ";

    /** Books nothing: the scorer's ordinary, unprofiled path. */
    static final ScoreProfile OFF = new ScoreProfile(false);

    private final boolean enabled;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long convMacs;
    private int architectures;
    private long lapStart;

    public ScoreProfile() {
        this(true);
    }

    private ScoreProfile(boolean enabled) {
        this.enabled = enabled;
    }

    /** Starts timing one architecture. */
    void begin() {
        if (!enabled) {
            return;
        }
        architectures++;
        lapStart = System.nanoTime();
    }

    /** Adds the time since the previous lap (or {@link #begin}) to {@code phase}. */
    void lap(String phase) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        add(phase, now - lapStart);
        lapStart = now;
    }

    /** Restarts the lap clock without booking the time since the previous lap (it was booked by module). */
    void skipLap() {
        if (!enabled) {
            return;
        }
        lapStart = System.nanoTime();
    }

    private void add(String phase, long ns) {
        nanos.merge(phase, ns, Long::sum);
    }

    /** A recorder that passes ReLU codes to {@code kernel} and books the forward pass's time by module kind. */
    ActivationRecorder timing(ActivationRecorder kernel) {
        return enabled ? new ModuleTimer(kernel) : kernel;
    }

    /** Milliseconds per architecture by phase, in the order first seen. */
    public Map<String, Double> millisecondsPerArchitecture() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e6 / Math.max(1, architectures)));
        return out;
    }

    /** Convolution multiply-accumulates per architecture (the whole batch): FLOPs are twice this. */
    public double convolutionMacsPerArchitecture() {
        return convMacs / (double) Math.max(1, architectures);
    }

    /** Milliseconds per architecture spent inside convolution modules. */
    public double convolutionMilliseconds() {
        return millisecondsPerArchitecture().getOrDefault(FORWARD + Conv2d.class.getSimpleName(), 0.0);
    }

    public int architectures() {
        return architectures;
    }

    private final class ModuleTimer implements ActivationRecorder {
        private final ActivationRecorder kernel;
        /** Per open module: its start time and the time booked to its children so far. */
        private final Deque<long[]> open = new ArrayDeque<>();

        ModuleTimer(ActivationRecorder kernel) {
            this.kernel = kernel;
        }

        @Override
        public void moduleStart(Module module) {
            open.push(new long[] {System.nanoTime(), 0});
        }

        @Override
        public void moduleOutput(Module module, NDArray output) {
            long[] frame = open.pop();
            long elapsed = System.nanoTime() - frame[0];
            add(FORWARD + module.getClass().getSimpleName(), elapsed - frame[1]);
            chargeParent(elapsed);
        }

        @Override
        public void record(NDArray rectified, boolean containerHooked) {
            long t0 = System.nanoTime();
            kernel.record(rectified, containerHooked);
            bookKernel(t0);
        }

        @Override
        public void recordUnreached(NDArray rectified, boolean containerHooked) {
            long t0 = System.nanoTime();
            kernel.recordUnreached(rectified, containerHooked);
            bookKernel(t0);
        }

        /** The kernel's reuse, its time booked to the kernel too. */
        @Override
        public ReluReuse reluReuse() {
            ReluReuse reuse = kernel.reluReuse();
            return reuse == null ? null : new ReluReuse() {
                @Override
                public NDArray repeatRelu(NDArray input, boolean containerHooked) {
                    long t0 = System.nanoTime();
                    NDArray again = reuse.repeatRelu(input, containerHooked);
                    bookKernel(t0);
                    return again;
                }

                @Override
                public void remember(NDArray input, NDArray rectified) {
                    long t0 = System.nanoTime();
                    reuse.remember(input, rectified);
                    bookKernel(t0);
                }
            };
        }

        private void bookKernel(long t0) {
            long elapsed = System.nanoTime() - t0;
            add(KERNEL, elapsed);
            chargeParent(elapsed);
        }

        @Override
        public void layer(Module layer, Shape input, Shape output) {
            if (layer instanceof Conv2d conv) {
                Shape w = conv.weight().shape();
                convMacs += output.size() * w.get(1) * w.get(2) * w.get(3);
            }
            kernel.layer(layer, input, output);
        }

        private void chargeParent(long ns) {
            if (!open.isEmpty()) {
                open.peek()[1] += ns;
            }
        }
    }
}
