package org.naswot.spaces.toy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.nn.BatchNorm2d;
import org.naswot.nn.Conv2d;
import org.naswot.nn.GlobalAvgPool;
import org.naswot.nn.Linear;
import org.naswot.nn.Module;
import org.naswot.space.NetworkBuilder;
import org.naswot.nn.ReLU;
import org.naswot.nn.Sequential;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.EntryAccuracies;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/**
 * A search space that exists only in the tests, added the way a new space is added: this one package (descriptor,
 * encoding, networks, module) and one line in {@code META-INF/services/org.naswot.spaces.SpaceModule}. Its
 * architectures are one 3x3 convolution of 4..4+4(N-1) channels, BatchNorm, ReLU, pooling and a classifier; the
 * "accuracy" it carries is the channel count, labelled as such (there is no trained benchmark).
 */
public final class ToyModule implements SpaceModule {
    public static final String ID = "toy";
    static final int SIZE = 6;
    private static final String DESCRIPTOR = """
            {"id": "toy", "aliases": ["toy-space"], "name": "Toy space (tests only)", "paper": "none",
             "encoding": "conv channels, e.g. c8", "ops": [], "size": 6,
             "datasets": [{"id": "cifar10", "name": "CIFAR-10", "classes": 10, "imageSize": 32,
                           "mean": [125.3, 123.0, 113.9], "std": [63.0, 62.1, 66.7], "layout": "cifar10/*.bin"}]}
            """;

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return descriptor.id().equals(ID);
    }

    @Override
    public List<SpaceDescriptor> descriptors() {
        return List.of(SpaceDescriptor.parse(new ByteArrayInputStream(DESCRIPTOR.getBytes(StandardCharsets.UTF_8)),
                "the toy space's descriptor"));
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        double[] widths = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            widths[i] = channels(i);
        }
        return new OpenedSpace(new ToySpace(), new ToyNetworks(),
                null, new EntryAccuracies("channels", widths, "the toy space's own definition", ""));
    }

    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 0.05;
    }

    @Override
    public int order() {
        return 1000;
    }

    static int channels(int index) {
        return 4 + 4 * index;
    }

    record ToyArchitecture(int index) implements Architecture {
        @Override
        public String space() {
            return ID;
        }

        @Override
        public String encoding() {
            return "c" + channels(index);
        }
    }

    static final class ToySpace implements SearchSpace {
        @Override
        public String id() {
            return ID;
        }

        @Override
        public int size() {
            return SIZE;
        }

        @Override
        public Architecture architecture(int index) {
            if (index < 0 || index >= SIZE) {
                throw new UserFacingException("toy index " + index + " out of range (0.." + (SIZE - 1) + ")");
            }
            return new ToyArchitecture(index);
        }

        @Override
        public Architecture parse(String text) {
            for (int i = 0; i < SIZE; i++) {
                if (text.strip().equals("c" + channels(i))) {
                    return new ToyArchitecture(i);
                }
            }
            throw new UserFacingException("'" + text + "' is no toy architecture (c4, c8, ..., c" + channels(SIZE - 1)
                    + ")");
        }

        @Override
        public Architecture sample(RandomGenerator rng) {
            return new ToyArchitecture(rng.nextInt(SIZE));
        }

        @Override
        public Architecture mutate(Architecture parent, RandomGenerator rng) {
            int other = rng.nextInt(SIZE - 1);
            return new ToyArchitecture(other >= parent.index() ? other + 1 : other);
        }
    }

    static final class ToyNetworks implements NetworkBuilder {
        @Override
        public Module build(Architecture architecture, int numClasses) {
            int c = channels(architecture.index());
            List<Module> layers = new ArrayList<>(List.of(new Conv2d(3, c, 3, 1, 1), new BatchNorm2d(c),
                    new ReLU(false), new GlobalAvgPool(), new Linear(c, numClasses)));
            return new Sequential(layers.toArray(Module[]::new));
        }
    }
}
