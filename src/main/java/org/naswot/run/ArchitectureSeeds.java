package org.naswot.run;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.naswot.score.ScoringSettings;
import org.naswot.score.WeightSeeds;
import org.naswot.space.Architecture;

/**
 * The weight-initialisation seed of one architecture in a run: a fixed function of the run's seed and the
 * architecture, so a score does not depend on the order architectures are scored in (a resumed or cached
 * score equals a fresh one). By default the architecture enters by its canonical form ({@link Architecture#encoding}),
 * so the same network gets the same weights whether it is typed in or looked up by its benchmark index.
 */
public final class ArchitectureSeeds {
    private ArchitectureSeeds() {
    }

    /** The seed under a run's settings (their {@link ScoringSettings#weightSeeds}). */
    public static long of(ScoringSettings settings, Architecture a) {
        return of(settings.initSeed(), a, settings.weightSeeds());
    }

    /** The seed by the architecture's canonical form. */
    public static long of(long runSeed, Architecture a) {
        return of(runSeed, a, WeightSeeds.ARCHITECTURE);
    }

    public static long of(long runSeed, Architecture a, WeightSeeds rule) {
        long key = switch (rule) {
            case ARCHITECTURE -> canonical(a.encoding());
            // version 2's rule: the index where there is one, else the encoding's String hash
            case INDEX -> a.index() >= 0 ? a.index() : a.encoding().hashCode() * 0x9E3779B97F4A7C15L;
        };
        return mix(runSeed * 0xD1B54A32D192ED03L + key);
    }

    /** The first 8 bytes of the encoding's SHA-256: the same on every JVM and machine. */
    private static long canonical(String encoding) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encoding.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
