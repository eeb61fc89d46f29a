package org.naswot.space;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * The search-space descriptors known to the tool. The built-in ones are the {@code spaces/*.json}
 * resources: they are found by listing the {@code spaces/} folder of the class path (a directory or the
 * jar) together with the names in {@code spaces/index.txt}, so adding a descriptor file is enough.
 */
public final class SpaceCatalog {

    private static final String FOLDER = "spaces";
    private static final String INDEX = "/" + FOLDER + "/index.txt";

    private final List<SpaceDescriptor> descriptors;

    public SpaceCatalog(List<SpaceDescriptor> descriptors) {
        Map<String, String> owner = new java.util.HashMap<>();
        if (descriptors.stream().map(SpaceDescriptor::id).distinct().count() != descriptors.size()) {
            throw new UserFacingException("two search-space descriptors have the same id (ids: "
                    + descriptors.stream().map(SpaceDescriptor::id).collect(Collectors.joining(", ")) + ")");
        }
        for (SpaceDescriptor d : descriptors) {
            for (String name : names(d)) {
                String previous = owner.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), d.id());
                if (previous != null && !previous.equals(d.id())) {
                    throw new UserFacingException("search spaces " + previous + " and " + d.id()
                            + " both answer to '" + name + "'; ids and aliases must be unique");
                }
            }
        }
        this.descriptors = List.copyOf(descriptors);
    }

    /** The descriptors packaged with the tool, sorted by id. */
    public static SpaceCatalog builtIn() {
        List<SpaceDescriptor> found = new ArrayList<>();
        for (String file : builtInFileNames()) {
            found.add(SpaceDescriptor.fromResource(file));
        }
        found.sort((a, b) -> a.id().compareTo(b.id()));
        return new SpaceCatalog(found);
    }

    /** This catalog plus a descriptor read from a user's file (e.g. a --space-file option). */
    public SpaceCatalog with(SpaceDescriptor extra) {
        List<SpaceDescriptor> all = new ArrayList<>(descriptors);
        all.add(extra);
        return new SpaceCatalog(all);
    }

    /** File names of the packaged descriptors: the folder listing united with the index file. */
    static List<String> builtInFileNames() {
        TreeSet<String> names = new TreeSet<>(indexedFileNames());
        names.addAll(listedFileNames(SpaceCatalog.class.getResource(INDEX)));
        return List.copyOf(names);
    }

    static List<String> indexedFileNames() {
        InputStream in = SpaceCatalog.class.getResourceAsStream(INDEX);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + INDEX, e);
        }
    }

    /** Lists *.json in the spaces/ folder next to the index, whether it is a directory or inside a jar. */
    static List<String> listedFileNames(URL anchor) {
        if (anchor == null) {
            return List.of();
        }
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return jsonFilesIn(jar.getPath("/" + FOLDER));
                }
            }
            return jsonFilesIn(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // An unlistable class path (custom loader, odd URL): the index file still names the descriptors.
            return List.of();
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            // Someone else holds it open; a second view of the same jar is independent and closable.
            String jarPart = uri.getSchemeSpecificPart();
            Path jarFile = Path.of(URI.create(jarPart.substring(0, jarPart.indexOf("!/"))));
            return FileSystems.newFileSystem(jarFile);
        }
    }

    private static List<String> jsonFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    public List<SpaceDescriptor> all() {
        return descriptors;
    }

    public List<String> ids() {
        return descriptors.stream().map(SpaceDescriptor::id).toList();
    }

    public Optional<SpaceDescriptor> find(String idOrAlias) {
        return descriptors.stream().filter(d -> d.answersTo(idOrAlias.strip())).findFirst();
    }

    /** The descriptor answering to {@code idOrAlias}; an unknown name is an error listing the known ones. */
    public SpaceDescriptor get(String idOrAlias) {
        return find(idOrAlias).orElseThrow(() -> new UserFacingException("unknown search space '" + idOrAlias
                + "' (known: " + descriptors.stream().map(SpaceCatalog::describeNames)
                .collect(Collectors.joining("; ")) + ")"));
    }

    private static String describeNames(SpaceDescriptor d) {
        return d.aliases().isEmpty() ? d.id() : d.id() + " (also " + String.join(", ", d.aliases()) + ")";
    }

    private static List<String> names(SpaceDescriptor d) {
        List<String> n = new ArrayList<>();
        n.add(d.id());
        n.addAll(d.aliases());
        return Collections.unmodifiableList(n);
    }
}
