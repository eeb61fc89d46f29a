package org.naswot.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the data layout as resolved for reading: the copy in the data directory when there is one, else the
 * application's built-in copy ({@link BuiltInData}), else missing (then {@link #path()} says where it was expected).
 *
 * @param relative its place in the data layout, e.g. {@code nb201/nb201_accuracies.csv}
 * @param path     where it is (or was expected) in the data directory
 * @param builtIn  the built-in item used because the data directory has no copy; null otherwise
 */
public record DataFile(String relative, Path path, BuiltInData.Item builtIn) {

    public boolean isBuiltIn() {
        return builtIn != null;
    }

    public boolean exists() {
        return builtIn != null || Files.isRegularFile(path);
    }

    /** How messages name it: the file's path, or "built-in nb201/nb201_accuracies.csv". */
    public String displayName() {
        return builtIn != null ? "built-in " + relative : path.toString();
    }

    public byte[] readAllBytes() {
        if (builtIn != null) {
            return BuiltInData.bytes(builtIn);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public String readString() {
        return new String(readAllBytes(), StandardCharsets.UTF_8);
    }
}
