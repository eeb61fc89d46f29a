package org.naswot.space.nds;

import java.util.List;
import org.naswot.common.MachineMemory;
import org.naswot.common.UserFacingException;

/**
 * What an NDS network needs before it is built: its parameters and the activations of its largest block, estimated
 * from the {@code net} object alone (in doubles, so absurd widths and depths cannot overflow). The estimate is an
 * upper bound of the same order as what scoring takes: weights in libtorch plus one Java copy of the largest weight
 * while it is initialised, and every tensor one block creates for the whole batch, plus the batch's kernel. A network
 * above what this machine holds ({@link MachineMemory}) is refused instead of building for minutes and failing.
 *
 * @param parameters          weights and biases of the network
 * @param largestParameter    elements of its largest weight (a Java array while it is initialised)
 * @param peakActivations     floats per image alive at once during the forward pass (the largest block's)
 */
public record NdsNetworkSize(double parameters, double largestParameter, double peakActivations) {
    /** The reference's batch (and this app's default), used where no batch is chosen yet ({@code data import}). */
    public static final int DEFAULT_BATCH = 128;
    /** CIFAR's image side; the NDS files' networks were trained on 32x32 images (or ImageNet's for {@code _in}). */
    public static final int CIFAR_IMAGE = 32;
    private static final double MAX_JAVA_ARRAY = Integer.MAX_VALUE - 8;

    /** The size of this architecture's network on square images of side {@code imageSize}. */
    public static NdsNetworkSize of(NdsArchitecture a, int imageSize) {
        double hw = (double) imageSize * imageSize;
        return a.net() instanceof CellNetwork c ? cells(c, a.imagenetSkeleton(), hw)
                : anyNet((AnyNetConfig) a.net(), AnyNetConfig.residualStem(a.space()), hw);
    }

    /** Bytes scoring needs with a batch of {@code batch} images (4-byte floats). */
    public double bytes(int batch) {
        return 4 * (parameters + largestParameter + peakActivations * batch) + 16.0 * batch * batch;
    }

    /** Null when the network fits this machine, else the sentence saying what it would need. */
    public String problem(int batch) {
        return problem(batch, MachineMemory.forNative());
    }

    String problem(int batch, long machineBytes) {
        double need = bytes(batch);
        if (largestParameter > MAX_JAVA_ARRAY) {
            return String.format(java.util.Locale.ROOT, "its largest weight alone has %.3g elements, above the %,d "
                    + "one array can hold (%s of parameters in all)", largestParameter, (long) MAX_JAVA_ARRAY,
                    count(parameters));
        }
        if (need > machineBytes) {
            return "it would need about " + MachineMemory.describe(need) + " (" + count(parameters)
                    + " parameters, activations of " + batch + " images) and this machine has "
                    + MachineMemory.describe(machineBytes) + " for them (its memory less the Java heap)";
        }
        return null;
    }

    /** Above this many bytes (or {@link #LARGE_PARAMETERS} parameters) building and scoring take minutes: say so. */
    static final double LARGE_BYTES = 2e9;
    static final double LARGE_PARAMETERS = 1e8;

    /** Null for a network of ordinary size, else a note that this one takes a while (so the wait is not silent). */
    public String largeNote(int batch) {
        if (bytes(batch) < LARGE_BYTES && parameters < LARGE_PARAMETERS) {
            return null;
        }
        return "it has about " + count(parameters) + " parameters and needs about " + MachineMemory.describe(
                bytes(batch)) + " for " + batch + " images: building and scoring it takes minutes";
    }

    /** The note for one architecture ({@link #largeNote}), naming it; null when it is of ordinary size. */
    public static String largeNote(NdsArchitecture a, int batch, int imageSize) {
        NdsNetworkSize size = of(a, imageSize);
        // one that cannot be scored at all is refused instead
        String note = size.problem(batch) != null ? null : size.largeNote(batch);
        return note == null ? null : "NDS network " + label(a) + ": " + note;
    }

    /** @throws UserFacingException naming the entry when its network cannot be scored here */
    public static void requireFits(NdsArchitecture a, int batch, int imageSize) {
        String problem = of(a, imageSize).problem(batch);
        if (problem != null) {
            throw new UserFacingException("NDS network " + label(a) + " is too large to score: " + problem
                    + "; choose a smaller width or depth (NDS's own entries stay below a few GB)");
        }
    }

    private static String label(NdsArchitecture a) {
        String net = a.net() instanceof CellNetwork c ? "(width " + c.width() + ", depth " + c.depth() + ")"
                : "(ds " + java.util.Arrays.toString(((AnyNetConfig) a.net()).ds()) + ", ws "
                + java.util.Arrays.toString(((AnyNetConfig) a.net()).ws()) + ")";
        return (a.index() >= 0 ? a.space() + "#" + a.index() + " " : "") + net;
    }

    static String count(double n) {
        return n >= 1e9 ? String.format(java.util.Locale.ROOT, "%.3g billion", n / 1e9)
                : n >= 1e6 ? String.format(java.util.Locale.ROOT, "%.3g million", n / 1e6)
                : String.format(java.util.Locale.ROOT, "%,.0f", n);
    }

    private static NdsNetworkSize cells(CellNetwork net, boolean imagenet, double hw) {
        double c = net.width();
        double params;
        double largest;
        double peak;
        double cPrevPrev;
        double cPrev;
        if (imagenet) {
            params = 27 * c / 2 + 9 * c / 2 * c + 9 * c * c;
            largest = 9 * c * c;
            peak = 3 * c * hw / 4;
            hw = Math.max(1, hw / 64);
            cPrevPrev = c;
            cPrev = c;
        } else {
            params = 27 * 3 * c;
            largest = 27 * 3 * c;
            peak = 2 * 3 * c * hw;
            cPrevPrev = 3 * c;
            cPrev = 3 * c;
        }
        DartsGenotype g = net.genotype();
        double cCurr = c;
        for (int i = 0; i < net.depth(); i++) {
            boolean reduction = net.reduction(i);
            double hwIn = hw;
            if (reduction) {
                cCurr *= 2;
                hw = Math.max(1, hw / 4);
            }
            List<GenotypeEdge> edges = reduction ? g.reduce() : g.normal();
            List<Integer> concat = reduction ? g.reduceConcat() : g.normalConcat();
            double cellParams = (cPrevPrev + cPrev) * cCurr + 4 * cCurr;
            double cellLargest = Math.max(cPrevPrev, cPrev) * cCurr;
            for (GenotypeEdge e : edges) {
                cellParams += opParameters(e.op(), cCurr);
                cellLargest = Math.max(cellLargest, opLargest(e.op(), cCurr));
            }
            // the two inputs, the preprocessed inputs (3 tensors each), up to 8 tensors per op, states, the output
            double tensors = (cPrevPrev + cPrev) * hwIn + 6 * cCurr * hwIn
                    + (8.0 * edges.size() + edges.size() / 2.0 + concat.size()) * cCurr * hw;
            params += cellParams;
            largest = Math.max(largest, cellLargest);
            peak = Math.max(peak, tensors);
            cPrevPrev = cPrev;
            cPrev = concat.size() * cCurr;
            if (params > 1e18) {
                break; // absurd already: no need to walk millions of cells
            }
        }
        params += cPrev * 10 + 10;
        // 5 % for the batch norms and factorised reductions the formulas above round off
        return new NdsNetworkSize(params * 1.05, largest, peak);
    }

    private static double opParameters(String op, double c) {
        int k = kernel(op);
        if (op.startsWith("sep_conv") || op.startsWith("dil_sep_conv")) {
            return 2 * (k * k * c + c * c + 2 * c);
        }
        if (op.startsWith("dil_conv")) {
            return k * k * c + c * c + 2 * c;
        }
        if (op.startsWith("conv_") && op.contains("x1_1x")) {
            return 2 * k * c * c + 2 * c;
        }
        if (op.startsWith("conv_")) {
            return k * k * c * c + 2 * c;
        }
        return op.equals("skip_connect") ? c * c + 2 * c : 0;
    }

    private static double opLargest(String op, double c) {
        int k = kernel(op);
        if (op.startsWith("conv_") && !op.contains("x1_1x")) {
            return k * k * c * c;
        }
        return op.equals("none") || op.contains("pool") ? 0 : Math.max(k * c, c * c);
    }

    /** The kernel side in an op's name ({@code sep_conv_5x5} -> 5, {@code conv_7x1_1x7} -> 7); 1 when none. */
    private static int kernel(String op) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d)x(\\d)").matcher(op);
        return m.find() ? Math.max(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : 1;
    }

    private static NdsNetworkSize anyNet(AnyNetConfig cfg, boolean resStem, double hw) {
        double stem = AnyNetConfig.STEM_WIDTH;
        double params = resStem ? 3 * stem * 49 : 3 * stem * 9;
        double largest = params;
        double peak = 4 * stem * hw / 4;
        hw = Math.max(1, hw / (resStem ? 16 : 4));
        double prev = stem;
        for (int s = 0; s < cfg.stages(); s++) {
            double w = cfg.ws()[s];
            double wb = cfg.bottleneck() ? AnyNetConfig.bottleneckWidth(cfg.ws()[s], cfg.bms()[s]) : w;
            double groups = cfg.bottleneck() ? Math.max(1, cfg.groups(s)) : 1;
            for (int b = 0; b < cfg.ds()[s]; b++) {
                double in = b == 0 ? prev : w;
                double stride = b == 0 ? cfg.ss()[s] : 1;
                double hwIn = hw;
                double hwOut = Math.max(1, hw / (stride * stride));
                double block;
                double big;
                if (cfg.bottleneck()) {
                    block = in * wb + 9 * wb * wb / groups + wb * w + in * w + 4 * (wb + w);
                    big = Math.max(Math.max(in * wb, 9 * wb * wb / groups), Math.max(wb * w, in * w));
                } else {
                    block = 9 * in * w + 9 * w * w + in * w + 4 * w;
                    big = Math.max(9 * in * w, 9 * w * w);
                }
                params += block;
                largest = Math.max(largest, big);
                peak = Math.max(peak, in * hwIn + 10 * Math.max(wb, w) * hwOut);
                hw = hwOut;
                if (params > 1e18) {
                    break;
                }
            }
            prev = w;
        }
        params += prev * 10 + 10;
        return new NdsNetworkSize(params * 1.05, largest, peak);
    }
}
