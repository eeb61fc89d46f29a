package org.naswot.bench.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.naswot.common.UserFacingException;

/**
 * SHA-256 of what an import read: a file's bytes, or for a directory (a NATS-Bench {@code *-simple} folder) the
 * SHA-256 of its files' "relative path, NUL, SHA-256 hex, newline" lines in path order, so equal folders give equal
 * hashes wherever they are.
 */
final class ContentHash {
    private ContentHash() {
    }

    static String of(Path path) {
        try {
            if (!Files.isDirectory(path)) {
                return file(path);
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            MessageDigest listing = sha256();
            for (Path f : files) {
                String line = path.relativize(f).toString().replace('\\', '/') + "\0" + file(f) + "\n";
                listing.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(listing.digest());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + path + " to hash it: " + e.getMessage(), e);
        }
    }

    private static String file(Path f) throws IOException {
        MessageDigest sha = sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
