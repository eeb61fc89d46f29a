package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both launchers (target/naswot and the runtime image's script) set the native-memory and OpenMP environment the
 * performance notes (docs/performance.md) measure, and leave a user's own settings alone. Runs the real scripts with a fake
 * java that prints its environment.
 */
class LauncherEnvironmentTest {
    private static final List<String> VARIABLES = List.of("OMP_WAIT_POLICY", "MALLOC_MMAP_THRESHOLD_",
            "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_", "GLIBC_TUNABLES");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"launcher", "image"})
    void setsTheMeasuredDefaults(String kind) throws Exception {
        Map<String, String> env = launch(kind, Map.of());
        assertEquals("PASSIVE", env.get("OMP_WAIT_POLICY"));
        assertEquals("33554432", env.get("MALLOC_MMAP_THRESHOLD_"));
        assertEquals("1073741824", env.get("MALLOC_TRIM_THRESHOLD_"));
        assertEquals("67108864", env.get("MALLOC_TOP_PAD_"));
        assertEquals("glibc.malloc.hugetlb=1", env.get("GLIBC_TUNABLES"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"launcher", "image"})
    void keepsTheUsersOwnSettings(String kind) throws Exception {
        Map<String, String> env = launch(kind, Map.of("OMP_WAIT_POLICY", "ACTIVE",
                "MALLOC_MMAP_THRESHOLD_", "1048576", "GLIBC_TUNABLES", "glibc.malloc.arena_max=2"));
        assertEquals("ACTIVE", env.get("OMP_WAIT_POLICY"));
        assertEquals("1048576", env.get("MALLOC_MMAP_THRESHOLD_"));
        assertEquals("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", env.get("GLIBC_TUNABLES"));

        Map<String, String> off = launch(kind, Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=0"));
        assertEquals("glibc.malloc.hugetlb=0", off.get("GLIBC_TUNABLES"));
    }

    private Map<String, String> launch(String kind, Map<String, String> userEnv) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
        Path script;
        Path java;
        if (kind.equals("launcher")) {
            script = dir.resolve("naswot");
            Files.copy(Path.of("src/main/launcher/naswot"), script, StandardCopyOption.REPLACE_EXISTING);
            java = dir.resolve("jdk/bin/java");
        } else {
            script = dir.resolve("bin/naswot-explorer");
            Files.createDirectories(script.getParent());
            Files.copy(Path.of("src/main/image/naswot-explorer"), script, StandardCopyOption.REPLACE_EXISTING);
            java = dir.resolve("runtime/bin/java");
        }
        Files.createDirectories(java.getParent());
        StringBuilder fake = new StringBuilder("#!/bin/bash\n");
        for (String v : VARIABLES) {
            fake.append("echo \"").append(v).append("=${").append(v).append(":-}\"\n");
        }
        Files.writeString(java, fake.toString());
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", script.toString(), "--version");
        Map<String, String> env = pb.environment();
        VARIABLES.forEach(env::remove);
        env.remove("PYTORCH_LIBRARY_PATH");
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        env.putAll(userEnv);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        Map<String, String> seen = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && VARIABLES.contains(line.substring(0, eq))) {
                seen.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertEquals(VARIABLES.size(), seen.size(), out);
        return seen;
    }
}
