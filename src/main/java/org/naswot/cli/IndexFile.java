package org.naswot.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.naswot.common.UserFacingException;

/** A list of benchmark indices, one per line; {@code #} starts a comment, blank lines are ignored. */
final class IndexFile {
    private IndexFile() {
    }

    /** The distinct indices in file order; a malformed or out-of-range line is an error naming it. */
    static List<Integer> read(Path file, int spaceSize, String space) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException("index file " + file + " not found", e);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UserFacingException("index file " + file + " is not text (not UTF-8): expected one benchmark "
                    + "index per line, # starting a comment", e);
        } catch (IOException e) {
            throw new UserFacingException("cannot read index file " + file + ": " + e.getMessage(), e);
        }
        Set<Integer> out = new LinkedHashSet<>();
        for (int n = 0; n < lines.size(); n++) {
            String text = lines.get(n);
            int hash = text.indexOf('#');
            String value = (hash < 0 ? text : text.substring(0, hash)).strip();
            if (value.isEmpty()) {
                continue;
            }
            int index;
            try {
                index = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new UserFacingException(file + " line " + (n + 1) + ": '" + value
                        + "' is not a benchmark index (one integer per line, # for comments)");
            }
            if (index < 0 || index >= spaceSize) {
                throw new UserFacingException(file + " line " + (n + 1) + ": index " + index + " is out of range for "
                        + space + " (0.." + (spaceSize - 1) + ")");
            }
            out.add(index);
        }
        if (out.isEmpty()) {
            throw new UserFacingException("index file " + file + " lists no index");
        }
        return new ArrayList<>(out);
    }
}
