package org.naswot.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.space.SpaceDescriptor;
import org.naswot.spaces.SpaceModule;
import org.naswot.spaces.SpaceModules;

/**
 * What the command line's {@code naswot spaces} and the window's "Open space..." ask about search spaces: the known
 * ones, one in detail, and whether a declarative descriptor file is valid.
 */
public final class SearchSpaces {
    private SearchSpaces() {
    }

    /** One space as {@code spaces list} shows it. */
    public record Listed(String id, String kind, String size, String name) {
    }

    /** Every space the catalog knows, in listing order. */
    public static List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        for (SpaceDescriptor d : SpaceModules.ordered()) {
            SpaceModule m = SpaceModules.of(d);
            out.add(new Listed(d.id(), m.listedKind(d), m.listedSize(d), d.name() == null ? "" : d.name()));
        }
        return out;
    }

    /** The user's spaces folder, where a dropped descriptor becomes a space. */
    public static Path userFolder() {
        return SpaceModules.all().stream().flatMap(m -> m.userFolder().stream()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no space module reads descriptor files"));
    }

    /** Files of the user's folder that were left out, with why. */
    public static List<String> userFolderProblems() {
        return SpaceModules.all().stream().flatMap(m -> m.userFolderProblems().stream()).toList();
    }

    /** A space argument as the catalog knows it: a descriptor file's path becomes its space's id. */
    public static String resolve(String spaceArgument) {
        return SpaceModules.resolve(spaceArgument);
    }

    /** Opens a descriptor file (as {@code --space FILE.json} does) and gives the id it answers to. */
    public static String open(Path file) {
        return SpaceModules.resolve(file.toString());
    }

    /**
     * Checks a descriptor file without registering it; returns a one-line summary, or throws a UserFacingException
     * naming the file, the field's path and what was expected.
     */
    public static String validate(Path file) {
        for (SpaceModule m : SpaceModules.all()) {
            java.util.Optional<String> summary = m.validateFile(file);
            if (summary.isPresent()) {
                return summary.get();
            }
        }
        throw new UserFacingException(file + ": no search-space module reads descriptor files");
    }

    /** The lines of {@code spaces show}: a space by id or a descriptor file. */
    public static List<String> describe(String idOrFile) {
        String id = SpaceModules.resolve(idOrFile);
        SpaceDescriptor d = SpaceModules.catalog().get(id);
        List<String> out = new ArrayList<>();
        out.add(d.id() + (d.aliases().isEmpty() ? "" : " (also " + String.join(", ", d.aliases()) + ")"));
        out.add("  name      " + d.name());
        out.addAll(SpaceModules.of(d).describe(d));
        return out;
    }
}
