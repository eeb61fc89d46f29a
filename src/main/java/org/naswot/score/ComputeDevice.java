package org.naswot.score;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;

/**
 * Chooses where networks run. "gpu" uses the first GPU libtorch can see; when there is none (a CPU
 * libtorch, no driver) it falls back to the CPU and says so in {@link #note()}.
 *
 * @param note why the device differs from the request, or empty
 */
public record ComputeDevice(Device device, String requested, String note) {

    public static ComputeDevice select(String requested) {
        String r = requested == null ? "cpu" : requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (r.equals("cpu")) {
            return new ComputeDevice(Device.cpu(), r, "");
        }
        if (!r.equals("gpu") && !r.matches("gpu:\\d+") && !r.matches("cuda(:\\d+)?")) {
            throw new UserFacingException("unknown --device '" + requested + "' (expected cpu, gpu or gpu:N)");
        }
        int gpus = gpuCount();
        int id = r.contains(":") ? Integer.parseInt(r.substring(r.indexOf(':') + 1)) : 0;
        if (gpus == 0) {
            return new ComputeDevice(Device.cpu(), r, "no GPU available to libtorch ("
                    + Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion()
                    + ", CPU build or no CUDA driver); running on the CPU. `naswot doctor` says why and what to install "
                    + "(a torch 2.7.1 with CUDA 12 in your Python environment is found by itself, or give --libtorch DIR)");
        }
        if (id >= gpus) {
            throw new UserFacingException("--device " + requested + ": only " + gpus + " GPU(s) visible (gpu:0..gpu:"
                    + (gpus - 1) + ")");
        }
        return new ComputeDevice(Device.gpu(id), r, "");
    }

    /** "cpu" or "gpu:N", as stored with results. */
    public String label() {
        return device.isGpu() ? "gpu:" + device.getDeviceId() : "cpu";
    }

    /** Devices this machine can score on: cpu, then each GPU. */
    public static List<String> available() {
        List<String> out = new ArrayList<>();
        out.add("cpu");
        for (int i = 0; i < gpuCount(); i++) {
            out.add("gpu:" + i);
        }
        return out;
    }

    public static int gpuCount() {
        try {
            return Engine.getInstance().getGpuCount();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return 0;
        }
    }
}
