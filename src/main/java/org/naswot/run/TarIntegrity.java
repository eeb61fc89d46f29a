package org.naswot.run;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.naswot.common.UserFacingException;

/**
 * Checks, before an import reads anything, that every member of a tar archive lies inside the file: a truncated
 * download (the usual damage to a multi-GB benchmark archive) is reported with the member and the byte where the
 * file ends, instead of as a decoding error deep inside a member. Only headers are read; member data is skipped.
 */
public final class TarIntegrity {
    private TarIntegrity() {
    }

    /** @throws UserFacingException naming the file, the member and the byte position when the archive is cut short */
    public static void check(Path tar) {
        long length;
        try {
            length = Files.size(tar);
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + tar + ": " + e.getMessage(), e);
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(tar), 1 << 16);
             TarArchiveInputStream in = new TarArchiveInputStream(raw)) {
            TarArchiveEntry e;
            while ((e = next(in, tar)) != null) {
                long start = in.getBytesRead();
                if (start + e.getSize() > length) {
                    throw new UserFacingException(String.format(Locale.ROOT, "%s: truncated at byte %,d: member %s "
                                    + "(%,d bytes from byte %,d) ends past the end of the file; download it again",
                            tar, length, e.getName(), e.getSize(), start));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + tar + ": " + e.getMessage(), e);
        }
    }

    private static TarArchiveEntry next(TarArchiveInputStream in, Path tar) {
        long at = in.getBytesRead();
        try {
            return in.getNextEntry();
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(String.format(Locale.ROOT, "%s: not a readable tar archive at byte %,d: %s",
                    tar, at, e.getMessage()), e);
        }
    }
}
