package org.naswot.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.naswot.common.UserFacingException;

/**
 * Downloads one file over HTTP(S) into {@code target}, via {@code target.part} so that an interrupted download
 * resumes with a Range request next time (or on the next automatic attempt). The finished file is checked
 * against the expected size and MD5 before it replaces {@code target}.
 */
public final class Downloader {
    private static final int BUFFER = 1 << 16;

    private final HttpClient http;
    private final int attempts;

    public Downloader() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), 3);
    }

    /** @param attempts how many times to try, resuming after a dropped connection */
    public Downloader(HttpClient http, int attempts) {
        this.http = http;
        this.attempts = Math.max(1, attempts);
    }

    public static Path partFile(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /**
     * @param md5           expected checksum (hex), or null to skip the check
     * @param expectedBytes expected size, or -1 when unknown
     * @return target, complete and verified
     */
    public Path download(URI url, Path target, String md5, long expectedBytes, ProgressListener listener) {
        if (Files.isRegularFile(target) && md5 != null && md5.equalsIgnoreCase(md5Of(target))) {
            listener.progress(size(target), size(target));
            return target; // already there and verified
        }
        Path part = partFile(target);
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UserFacingException("cannot create folder for " + target + ": " + e.getMessage(), e);
        }
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                fetch(url, part, expectedBytes, listener);
                last = null;
                break;
            } catch (IOException e) {
                if (isUnreachable(e)) {
                    throw unreachable(url, e);
                }
                last = e;
            }
        }
        if (last != null) {
            throw new UserFacingException("download of " + url + " interrupted after " + size(part) + " bytes ("
                    + last.getMessage() + "); run the command again to resume from " + part, last);
        }
        verify(url, part, md5, expectedBytes);
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserFacingException("cannot move " + part + " to " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private void fetch(URI url, Path part, long expectedBytes, ProgressListener listener) throws IOException {
        long have = size(part);
        if (expectedBytes >= 0 && have > expectedBytes) {
            Files.delete(part); // longer than the real file: cannot be a prefix of it
            have = 0;
        }
        if (expectedBytes >= 0 && have == expectedBytes) {
            return; // complete already; verify() decides
        }
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET();
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> resp;
        try {
            resp = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        int status = resp.statusCode();
        boolean append;
        if (status == 206 && have > 0 && rangeStart(resp).orElse(-1L) == have) {
            append = true;
        } else if (status == 200) {
            append = false; // server ignored Range: start over
            have = 0;
        } else if (status == 416 && have > 0) {
            resp.body().close();
            return; // nothing after what we have: the part is complete (or wrong, which verify() reports)
        } else {
            resp.body().close();
            throw new UserFacingException("server answered HTTP " + status + " for " + url);
        }
        long total = expectedBytes >= 0 ? expectedBytes
                : resp.headers().firstValueAsLong("Content-Length").orElse(-1L) + (append ? have : 0);
        try (InputStream in = resp.body();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buf = new byte[BUFFER];
            long done = have;
            listener.progress(done, total);
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                done += n;
                listener.progress(done, total);
            }
        }
    }

    private static Optional<Long> rangeStart(HttpResponse<?> resp) {
        // Content-Range: bytes 100-199/200
        return resp.headers().firstValue("Content-Range").flatMap(v -> {
            String s = v.trim();
            if (!s.startsWith("bytes ") || s.indexOf('-') < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(Long.parseLong(s.substring(6, s.indexOf('-')).trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static void verify(URI url, Path part, String md5, long expectedBytes) {
        long got = size(part);
        if (expectedBytes >= 0 && got != expectedBytes) {
            deleteQuietly(part);
            throw new UserFacingException("download of " + url + " has " + got + " bytes, expected " + expectedBytes
                    + "; the partial file was deleted, run the command again");
        }
        if (md5 != null) {
            String actual = md5Of(part);
            if (!md5.equalsIgnoreCase(actual)) {
                deleteQuietly(part);
                throw new UserFacingException("checksum mismatch for " + url + ": expected md5 " + md5 + ", got "
                        + actual + "; the download was deleted, run the command again (or check the mirror)");
            }
        }
    }

    static String md5Of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("MD5");
            byte[] buf = new byte[BUFFER];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }

    private static boolean isUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static UserFacingException unreachable(URI url, IOException e) {
        String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
        return new UserFacingException("cannot reach " + url.getHost() + ": no network? download " + url
                + " by hand and run `naswot data import " + name + "`", e);
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the error about the bad download is the one to show
        }
    }
}
