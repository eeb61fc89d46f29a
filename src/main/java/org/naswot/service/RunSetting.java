package org.naswot.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.naswot.common.UserFacingException;
import org.naswot.score.ScoringSettings;

/**
 * A scoring setting as runs are compared and grouped by it: its name (the key of {@code runs list --json}'s
 * settings, or the option's name) and its value in a run, as text.
 */
public enum RunSetting {
    SPACE("space", ScoringSettings::space),
    DATASET("dataset", ScoringSettings::dataset),
    INPUT("input", s -> s.input().cliName()),
    BATCH_SIZE("batch_size", s -> Integer.toString(s.batchSize()), "batch", "batch-size"),
    SEED("seed", s -> Long.toString(s.batchSeed()), "batch_seed", "batch-seed"),
    INIT_SEED("init_seed", s -> Long.toString(s.initSeed()), "init-seed"),
    WEIGHT_SEEDS("weight_seeds", s -> s.weightSeeds() == null ? "index" : s.weightSeeds().cliName(), "weight-seeds"),
    RELU_COUNT("relu_count", s -> s.counting().cliName(), "counting", "relu-count"),
    PROTOCOL("protocol", s -> s.protocol().cliName()),
    DEVICE("device", ScoringSettings::device);

    private final String id;
    private final Function<ScoringSettings, String> value;
    private final String[] aliases;

    RunSetting(String id, Function<ScoringSettings, String> value, String... aliases) {
        this.id = id;
        this.value = value;
        this.aliases = aliases;
    }

    public String id() {
        return id;
    }

    public String valueIn(ScoringSettings settings) {
        return value.apply(settings);
    }

    /** The setting called {@code name} (its id or an alias, any case); an unknown name lists the known ones. */
    public static RunSetting named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RunSetting s : values()) {
            if (s.id.equals(n) || Arrays.asList(s.aliases).contains(n)) {
                return s;
            }
        }
        throw new UserFacingException("unknown setting '" + name + "': group by one of "
                + Arrays.stream(values()).map(RunSetting::id).collect(Collectors.joining(", ")));
    }
}
