package org.naswot.spaces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceCatalog;
import org.naswot.space.SpaceDescriptor;

/**
 * The registry of search-space modules: those listed in {@code META-INF/services/org.naswot.spaces.SpaceModule} on the
 * class path, found once. The one place that knows which spaces exist.
 */
public final class SpaceModules {
    private static final List<SpaceModule> MODULES = load();
    /** Grows when a descriptor file is opened by its path ({@link #resolve}). */
    private static volatile SpaceCatalog CATALOG = catalogOf(MODULES);

    /**
     * The space a command or the window opens when none is named: the paper's main benchmark. Kept as a constant so
     * picocli's option defaults can name it; {@code SpaceModulesTest} checks that a registered module opens it.
     */
    public static final String DEFAULT_ID = "nb201";

    private SpaceModules() {
    }

    private static List<SpaceModule> load() {
        List<SpaceModule> found = new ArrayList<>();
        ServiceLoader.load(SpaceModule.class, SpaceModules.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(SpaceModule::order).thenComparing(m -> m.getClass().getName()));
        return List.copyOf(found);
    }

    private static SpaceCatalog catalogOf(List<SpaceModule> modules) {
        SpaceCatalog catalog = SpaceCatalog.builtIn();
        for (SpaceModule m : modules) {
            for (SpaceDescriptor d : m.descriptors()) {
                try {
                    catalog = catalog.with(d);
                } catch (UserFacingException clash) {
                    // a user's descriptor named like a known space is left out rather than stopping every command;
                    // opening its file by path says why
                }
            }
        }
        return catalog;
    }

    /**
     * A space argument as the catalog knows it: a descriptor file's path ({@code --space my-space.json}) is read by the
     * module of its kind and becomes its id (the file's space then answers to it for the rest of the process); any
     * other argument is returned as it is.
     */
    public static String resolve(String spaceArgument) {
        if (spaceArgument == null || !spaceArgument.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return spaceArgument;
        }
        java.nio.file.Path file = java.nio.file.Path.of(spaceArgument.strip());
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new UserFacingException(file + ": no such search-space descriptor file");
        }
        for (SpaceModule m : MODULES) {
            java.util.Optional<SpaceDescriptor> d = m.openFile(file);
            if (d.isPresent()) {
                register(d.get());
                return d.get().id();
            }
        }
        throw new UserFacingException(file + ": not a declarative search-space descriptor (no \"family\"; see "
                + "spaces/schema/space.schema.json and spaces/examples/)");
    }

    /** Adds (or, for the same id of the same module, replaces) a descriptor read from a file. */
    private static synchronized void register(SpaceDescriptor d) {
        java.util.Optional<SpaceDescriptor> known = CATALOG.find(d.id());
        if (known.isPresent()) {
            if (of(known.get()) != of(d)) {
                throw new UserFacingException("a search space named " + d.id() + " exists already; give the "
                        + "descriptor another \"id\"");
            }
            List<SpaceDescriptor> rest = new ArrayList<>(CATALOG.all());
            rest.removeIf(x -> x.id().equals(d.id()));
            rest.add(d);
            CATALOG = new SpaceCatalog(rest);
            return;
        }
        CATALOG = CATALOG.with(d);
    }

    /** Every registered module, in listing order. */
    public static List<SpaceModule> all() {
        return MODULES;
    }

    /** Every known space: the packaged descriptors and those modules bring. */
    public static SpaceCatalog catalog() {
        return CATALOG;
    }

    /** The module that opens {@code descriptor}. */
    public static SpaceModule of(SpaceDescriptor descriptor) {
        return MODULES.stream().filter(m -> m.opens(descriptor)).findFirst().orElseThrow(() ->
                new UserFacingException("search space " + descriptor.id() + " has a descriptor but no module opens it"));
    }

    /** The module of a space by id or alias (a network variant after a slash is ignored). */
    public static SpaceModule of(String idOrAliasAndVariant) {
        int slash = idOrAliasAndVariant.indexOf('/');
        return of(CATALOG.get(slash < 0 ? idOrAliasAndVariant : idOrAliasAndVariant.substring(0, slash)));
    }

    /** The id of the space whose imports carry {@code storeSpace} in benchmarks.sqlite ({@link SpaceModule#storeSpace}). */
    public static java.util.Optional<String> idOfStoreSpace(String storeSpace) {
        for (SpaceDescriptor d : CATALOG.all()) {
            java.util.Optional<SpaceModule> m = MODULES.stream().filter(x -> x.opens(d)).findFirst();
            if (m.isPresent() && m.get().storeSpace(d).equals(storeSpace)) {
                return java.util.Optional.of(d.id());
            }
        }
        return java.util.Optional.empty();
    }

    /** The spaces with network variants and their forms, e.g. "nb101 (stemN, e.g. nb101/stem16)". */
    public static String variantHelp() {
        List<String> out = new ArrayList<>();
        for (SpaceDescriptor d : CATALOG.all()) {
            SpaceModule m = MODULES.stream().filter(x -> x.opens(d)).findFirst().orElse(null);
            if (m != null && m.variantHelp() != null) {
                out.add(d.id() + " (" + m.variantHelp() + ")");
            }
        }
        return out.isEmpty() ? "no space" : String.join(", ", out);
    }

    /** The spaces as the command line's help lists them, e.g. "nb201, nats-sss, ..., nds:&lt;Name&gt; (...)". */
    public static String helpNames() {
        List<String> out = new ArrayList<>();
        for (SpaceModule m : MODULES) {
            List<SpaceDescriptor> mine = ordered().stream().filter(m::opens).toList();
            if (!mine.isEmpty()) {
                out.add(m.helpName(mine));
            }
        }
        return String.join(", ", out);
    }

    /** Every descriptor in listing order: by module order, then by id. */
    public static List<SpaceDescriptor> ordered() {
        List<SpaceDescriptor> out = new ArrayList<>(CATALOG.all());
        out.sort(Comparator.comparingInt((SpaceDescriptor d) -> rank(d)).thenComparing(SpaceDescriptor::id));
        return out;
    }

    private static int rank(SpaceDescriptor d) {
        return MODULES.stream().filter(m -> m.opens(d)).findFirst().map(SpaceModule::order).orElse(Integer.MAX_VALUE);
    }
}
