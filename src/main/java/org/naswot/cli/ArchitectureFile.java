package org.naswot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;

/**
 * A list of architecture strings, one per line, in the space's own form (lists that come from elsewhere: a paper's
 * table, another tool's search). Blank lines and lines starting with {@code #} are skipped; only whole lines are
 * comments, since a string of some spaces (an NDS json) could hold a '#'.
 */
final class ArchitectureFile {
    private ArchitectureFile() {
    }

    /** The architectures in file order; a line the space cannot parse is an error naming file:line. */
    static List<Architecture> read(Path file, SearchSpace space) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("architecture list " + file + " not found", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserFacingException("architecture list " + file + " is not text (not UTF-8): expected one "
                    + "architecture string per line", e);
        } catch (IOException e) {
            throw new UserFacingException("cannot read architecture list " + file + ": " + e.getMessage(), e);
        }
        List<Architecture> out = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String text = lines.get(n).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            try {
                out.add(space.parse(text));
            } catch (RuntimeException e) {
                throw new UserFacingException(file + ":" + (n + 1) + ": not a " + space.id() + " architecture: "
                        + UserFacingException.describe(e), e);
            }
        }
        if (out.isEmpty()) {
            throw new UserFacingException("architecture list " + file + " lists no architecture (one string per line, "
                    + "# starting a comment line)");
        }
        return out;
    }
}
