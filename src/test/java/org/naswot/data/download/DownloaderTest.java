package org.naswot.data.download;

import static org.naswot.testing.CifarFixtures.fakeCifar;
import static org.naswot.testing.CifarFixtures.tarGz;
import org.naswot.testing.CifarFixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;

class DownloaderTest {
    private static final int RECORD = CifarFixtures.RECORD;

    @TempDir
    Path tmp;

    private HttpServer server;
    private byte[] archive;
    private byte[] batch1;
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesServed = new AtomicLong();
    private final AtomicInteger dropsLeft = new AtomicInteger();
    private volatile boolean ignoreRange;

    @BeforeEach
    void start() throws Exception {
        batch1 = fakeCifar(5, 1);
        archive = tarGz(new String[] {"cifar-10-batches-bin/data_batch_1.bin", "cifar-10-batches-bin/test_batch.bin",
            "cifar-10-batches-bin/batches.meta.txt"}, new byte[][] {batch1, fakeCifar(3, 2), "airplane\n".getBytes()});
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/cifar-10-binary.tar.gz", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(String.valueOf(range));
        long from = 0;
        if (range != null && !ignoreRange) {
            from = Long.parseLong(range.substring("bytes=".length(), range.indexOf('-')));
        }
        byte[] body = Arrays.copyOfRange(archive, (int) from, archive.length);
        if (from > 0) {
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (archive.length - 1) + "/"
                    + archive.length);
        }
        ex.sendResponseHeaders(from > 0 ? 206 : 200, body.length);
        OutputStream out = ex.getResponseBody();
        if (dropsLeft.getAndDecrement() > 0) {
            int half = body.length / 2;
            // counted before sending: the client may finish reading before this thread runs on
            bytesServed.addAndGet(half);
            out.write(body, 0, half);
            out.flush();
            ex.close(); // fewer bytes than Content-Length: the client sees a truncated body
            return;
        }
        bytesServed.addAndGet(body.length);
        out.write(body);
        out.close();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/cifar-10-binary.tar.gz");
    }

    private URI mirror() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/");
    }

    private String md5() throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
    }

    @Test
    void fullDownloadIsVerifiedAndUnpackedIntoDataLayout() throws Exception {
        DatasetSource fake = new DatasetSource("cifar10", DatasetSource.CIFAR10.url(), md5(), archive.length,
                "cifar-10-batches-bin");
        AtomicLong lastProgress = new AtomicLong();
        List<Path> files = new DatasetInstaller(new Downloader()).install(fake, new DataDirectory(tmp), mirror(),
                (done, total) -> {
                    assertEquals(archive.length, total);
                    lastProgress.set(done);
                });
        assertEquals(archive.length, lastProgress.get());
        assertEquals(List.of(tmp.resolve("cifar10/data_batch_1.bin"), tmp.resolve("cifar10/test_batch.bin")), files);
        assertArrayEquals(batch1, Files.readAllBytes(tmp.resolve("cifar10/data_batch_1.bin")));
        assertFalse(Files.exists(tmp.resolve("cifar10/batches.meta.txt")));
        assertTrue(Files.exists(tmp.resolve("downloads/cifar-10-binary.tar.gz")));
        assertEquals(List.of("null"), ranges);
    }

    @Test
    void partialFileIsResumedWithRange() throws Exception {
        Path target = tmp.resolve("a.tar.gz");
        int have = archive.length / 3;
        Files.write(Downloader.partFile(target), Arrays.copyOf(archive, have));
        new Downloader().download(url(), target, md5(), archive.length, ProgressListener.NONE);
        assertEquals(List.of("bytes=" + have + "-"), ranges);
        assertEquals(archive.length - have, bytesServed.get());
        assertArrayEquals(archive, Files.readAllBytes(target));
        assertFalse(Files.exists(Downloader.partFile(target)));
    }

    @Test
    void serverIgnoringRangeRestartsFromScratch() throws Exception {
        ignoreRange = true;
        Path target = tmp.resolve("a.tar.gz");
        Files.write(Downloader.partFile(target), new byte[] {1, 2, 3, 4, 5, 6, 7});
        new Downloader().download(url(), target, md5(), archive.length, ProgressListener.NONE);
        assertEquals(List.of("bytes=7-"), ranges);
        assertArrayEquals(archive, Files.readAllBytes(target));
    }

    @Test
    void checksumMismatchDeletesDownload() {
        Path target = tmp.resolve("a.tar.gz");
        UserFacingException e = assertThrows(UserFacingException.class, () -> new Downloader().download(url(),
                target, "00000000000000000000000000000000", archive.length, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
        assertTrue(e.getMessage().contains("00000000000000000000000000000000"), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(Downloader.partFile(target)));
    }

    @Test
    void droppedConnectionIsResumedAutomatically() throws Exception {
        dropsLeft.set(1);
        Path target = tmp.resolve("a.tar.gz");
        new Downloader().download(url(), target, md5(), archive.length, ProgressListener.NONE);
        assertEquals(2, ranges.size());
        assertEquals("null", ranges.get(0));
        assertTrue(ranges.get(1).startsWith("bytes="), ranges.toString());
        assertArrayEquals(archive, Files.readAllBytes(target));
    }

    @Test
    void droppedConnectionKeepsPartForNextRun() throws Exception {
        dropsLeft.set(1);
        Path target = tmp.resolve("a.tar.gz");
        Downloader once = new Downloader(HttpClient.newHttpClient(), 1);
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> once.download(url(), target, md5(), archive.length, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("run the command again to resume"), e.getMessage());
        long kept = Files.size(Downloader.partFile(target));
        assertTrue(kept > 0 && kept < archive.length, "kept " + kept);
        once.download(url(), target, md5(), archive.length, ProgressListener.NONE);
        assertEquals("bytes=" + kept + "-", ranges.get(1));
        assertArrayEquals(archive, Files.readAllBytes(target));
    }

    @Test
    void unreachableHostGivesOfflineAdvice() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI dead = URI.create("http://127.0.0.1:" + closedPort + "/cifar-10-binary.tar.gz");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> new Downloader().download(dead, tmp.resolve("x.tar.gz"), null, -1, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1: no network? download " + dead), e.getMessage());
        assertTrue(e.getMessage().contains("naswot data import cifar-10-binary.tar.gz"), e.getMessage());
    }

    @Test
    void archiveEntryEscapingTheFolderIsRefused() throws Exception {
        Path evil = tmp.resolve("evil.tar.gz");
        Files.write(evil, tarGz(new String[] {"cifar-10-batches-bin/../../escape.bin"}, new byte[][] {batch1}));
        Path dest = tmp.resolve("data/cifar10");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> ArchiveUnpacker.unpackBins(evil, "cifar-10-batches-bin", dest));
        assertTrue(e.getMessage().contains("escape.bin"), e.getMessage());
        assertFalse(Files.exists(tmp.resolve("escape.bin")));
        assertFalse(Files.exists(tmp.resolve("data/escape.bin")));
    }

    @Test
    void mirrorReplacesBaseUrl() {
        DatasetSource m = DatasetSource.CIFAR100.withMirror(URI.create("https://example.org/data"));
        assertEquals(URI.create("https://example.org/data/cifar-100-binary.tar.gz"), m.url());
        assertEquals(DatasetSource.CIFAR100.md5(), m.md5());
    }
}
