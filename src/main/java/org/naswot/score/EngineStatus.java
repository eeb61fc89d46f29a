package org.naswot.score;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the loaded engine gives this process: libtorch's version, the GPUs it sees, and when it sees none, the precise
 * reason (a CPU build, no NVIDIA driver, devices hidden by CUDA_VISIBLE_DEVICES), for {@code naswot doctor}.
 *
 * @param loaded  whether libtorch loaded at all
 * @param version libtorch's version as DJL reports it, or the load failure
 * @param gpus    GPUs visible to libtorch
 * @param reason  why there is no GPU (empty when there is one)
 */
public record EngineStatus(boolean loaded, String version, int gpus, String reason) {

    public static EngineStatus probe() {
        String flavour = System.getProperty("PYTORCH_FLAVOR", System.getenv().getOrDefault("PYTORCH_FLAVOR", ""));
        try {
            Engine e = Engine.getInstance();
            int gpus = e.getGpuCount();
            return new EngineStatus(true, e.getEngineName() + " " + e.getVersion(), gpus,
                    gpus > 0 ? "" : noGpuReason(flavour, Files.exists(Path.of("/dev/nvidia0")),
                            System.getenv("CUDA_VISIBLE_DEVICES")));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            return new EngineStatus(false, "libtorch did not load: " + e.getMessage(), 0,
                    "libtorch did not load");
        }
    }

    /** Why libtorch sees no GPU, most telling first. */
    static String noGpuReason(String flavour, boolean nvidiaDevice, String visibleDevices) {
        if (flavour == null || flavour.isEmpty() || flavour.startsWith("cpu")) {
            return "the libtorch in use is a CPU build (PYTORCH_FLAVOR " + (flavour == null || flavour.isEmpty()
                    ? "unset" : flavour) + "): install torch==" + LibtorchLocator.REQUIRED_VERSION
                    + " with CUDA 12.8 in a Python environment (pip install torch==" + LibtorchLocator.REQUIRED_VERSION
                    + " --index-url https://download.pytorch.org/whl/cu128) or pass --libtorch DIR";
        }
        if (!nvidiaDevice) {
            return "a CUDA libtorch, but no NVIDIA driver (no /dev/nvidia0): install the driver or run where one is";
        }
        if (visibleDevices != null && (visibleDevices.isBlank() || visibleDevices.equals("-1"))) {
            return "CUDA_VISIBLE_DEVICES='" + visibleDevices + "' hides every GPU";
        }
        return "a CUDA libtorch and a driver, yet no device: check that the driver supports CUDA 12.8 (nvidia-smi)";
    }
}
