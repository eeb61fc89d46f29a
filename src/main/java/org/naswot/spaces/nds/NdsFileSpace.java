package org.naswot.spaces.nds;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.naswot.common.UserFacingException;

/**
 * Which NDS design space a file holds: the one {@code --space} names, else the one its name names once a browser's or
 * file manager's copy suffix is dropped ({@code DARTS (1).json}, {@code DARTS copy.json}, {@code DARTS-2.json}). A
 * name that is no known space is refused with the way out, instead of being stored under a space no command accepts.
 * (The records cannot tell: every cell space has the same genotype format.)
 */
public final class NdsFileSpace {
    /** " (1)", " copy", " - Copy", " copy 2", "-2" after the space's name. */
    private static final Pattern COPY_SUFFIX = Pattern.compile(
            "(\\s*\\(\\d+\\)|\\s*-?\\s*[Cc]opy(\\s*\\d+)?|-\\d+)$");

    private NdsFileSpace() {
    }

    /**
     * The store's space for this file ({@code nds-darts}).
     *
     * @param option the {@code --space} value (nds:DARTS or DARTS), or null to go by the file's name
     */
    public static String storeSpace(Path file, String option) {
        if (option != null) {
            return NdsImporter.storeSpaceOf(NdsSpaceNames.idOfName(option).orElseThrow(() -> new UserFacingException(
                    "--space " + option + " is not an NDS space (known: " + String.join(", ", NdsSpaceNames.ids())
                            + ")")));
        }
        String name = file.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        Optional<String> id = NdsSpaceNames.idOfName(name);
        if (id.isEmpty()) {
            id = NdsSpaceNames.idOfName(COPY_SUFFIX.matcher(name).replaceFirst("").strip());
        }
        return NdsImporter.storeSpaceOf(id.orElseThrow(() -> new UserFacingException(file.getFileName()
                + ": an NDS file is recognised by its space's name (DARTS.json, ResNet.json, ...) and '" + name
                + "' names none: pass --space (one of " + String.join(", ", NdsSpaceNames.ids())
                + ") or rename the file")));
    }
}
