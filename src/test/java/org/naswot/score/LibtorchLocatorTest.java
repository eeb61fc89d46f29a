package org.naswot.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libtorch discovery order, over fake library folders: what is found, in which order, and what is refused. */
class LibtorchLocatorTest {
    @TempDir
    Path tmp;

    /** A pip-style torch: site-packages/torch/{version.py, lib/libtorch.so}. */
    private Path pipTorch(Path sitePackages, String version, String cuda) throws IOException {
        Path torch = sitePackages.resolve("torch");
        Files.createDirectories(torch.resolve("lib"));
        Files.writeString(torch.resolve("lib/libtorch.so"), "");
        Files.writeString(torch.resolve("version.py"), "__version__ = '" + version + "'\ngit_version = 'abc'\n"
                + "cuda: Optional[str] = " + (cuda == null ? "None" : "'" + cuda + "'") + "\n");
        return torch.resolve("lib");
    }

    private Path libtorchZip(Path root, String buildVersion) throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/libtorch.so"), "");
        Files.writeString(root.resolve("build-version"), buildVersion + "\n");
        return root.resolve("lib");
    }

    private record FakeMachine(Map<String, String> env, Map<String, String> props, List<Path> python)
            implements LibtorchLocator.Machine {
        @Override
        public String env(String name) {
            return env.get(name);
        }

        @Override
        public String property(String name) {
            return props.get(name);
        }

        @Override
        public List<Path> pythonSitePackages() {
            return python;
        }
    }

    @Test
    void theOrderIsFlagEnvironmentVirtualenvPythonDjlCacheThenBundled() throws Exception {
        Path cli = libtorchZip(tmp.resolve("mine/libtorch"), "2.7.1+cu128");
        Path env = libtorchZip(tmp.resolve("env/libtorch"), "2.7.1+cpu");
        Path venvLib = pipTorch(tmp.resolve("venv/lib/python3.11/site-packages"), "2.7.1+cu126", "12.6");
        Path sys = pipTorch(tmp.resolve("usr/lib/python3/dist-packages"), "2.13.0", null);
        Path cache = tmp.resolve("djl/pytorch/2.7.1-cpu-linux-x86_64");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("libtorch.so"), "");
        Path bundled = tmp.resolve("native/cpu");
        Files.createDirectories(bundled);
        Files.writeString(bundled.resolve("libtorch_cpu.so"), "");
        Map<String, String> environment = new HashMap<>(Map.of("NASWOT_LIBTORCH", env.toString(),
                "VIRTUAL_ENV", tmp.resolve("venv").toString(), "DJL_CACHE_DIR", tmp.resolve("djl").toString()));
        FakeMachine m = new FakeMachine(environment, Map.of(LibtorchLocator.BUNDLED_PROPERTY, bundled.toString()),
                List.of(tmp.resolve("usr/lib/python3/dist-packages")));

        List<LibtorchLocator.Candidate> c = LibtorchLocator.candidates(cli.toString(), m);
        assertEquals(List.of("--libtorch", "NASWOT_LIBTORCH", "virtualenv", "python3", "DJL cache",
                "bundled CPU build"), c.stream().map(LibtorchLocator.Candidate::source).toList());
        assertEquals(cli, LibtorchLocator.choose(c).orElseThrow().dir(), "the flag wins");
        assertEquals("cu128", c.get(0).flavour());
        assertEquals("cu126", c.get(2).flavour());
        assertEquals("cu128", c.get(2).jniFlavour(), "any CUDA 12 torch loads with the cu128 JNI library");
        assertEquals(venvLib, c.get(2).dir());
        LibtorchLocator.Candidate wrong = c.get(3);
        assertEquals(sys, wrong.dir());
        assertFalse(wrong.usable());
        assertTrue(wrong.problem().contains("torch 2.13.0") && wrong.problem().contains("pip install torch==2.7.1"),
                wrong.problem());
        assertEquals("2.7.1", c.get(4).version());
        assertEquals("cpu", c.get(4).flavour());

        // without the flag and the variable, the virtualenv's torch comes before the bundled CPU build
        environment.remove("NASWOT_LIBTORCH");
        assertEquals(venvLib, LibtorchLocator.choose(LibtorchLocator.candidates(null, m)).orElseThrow().dir());
        // with only a wrong python torch and the bundled build, the bundled build is used
        FakeMachine plain = new FakeMachine(Map.of(), Map.of(LibtorchLocator.BUNDLED_PROPERTY, bundled.toString()),
                List.of(tmp.resolve("usr/lib/python3/dist-packages")));
        assertEquals(bundled, LibtorchLocator.choose(LibtorchLocator.candidates(null, plain)).orElseThrow().dir());
    }

    @Test
    void foldersWithoutALibtorchOrWithCuda11AreNamedWithTheWayOut() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertEquals("no libtorch.so in it", LibtorchLocator.inspect("--libtorch", empty).problem());
        assertEquals("no such folder", LibtorchLocator.inspect("--libtorch", tmp.resolve("nope")).problem());
        Path cu118 = pipTorch(tmp.resolve("sp"), "2.7.1+cu118", "11.8");
        String problem = LibtorchLocator.inspect("python3", cu118).problem();
        assertTrue(problem.contains("cu128") && problem.contains("pip install torch==2.7.1"), problem);
        // a libtorch folder given by its root (libtorch/, not libtorch/lib) is found too
        Path root = tmp.resolve("zip/libtorch");
        libtorchZip(root, "2.7.1+cu128");
        assertTrue(LibtorchLocator.inspect("--libtorch", root).usable());
    }

    @Test
    void noGpuIsExplainedPrecisely() {
        assertTrue(EngineStatus.noGpuReason("cpu", true, null).contains("CPU build"));
        assertTrue(EngineStatus.noGpuReason("cu128", false, null).contains("no NVIDIA driver"));
        assertTrue(EngineStatus.noGpuReason("cu128", true, "-1").contains("CUDA_VISIBLE_DEVICES"));
    }
}
