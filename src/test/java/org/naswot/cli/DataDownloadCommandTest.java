package org.naswot.cli;

import static org.naswot.testing.CifarFixtures.fakeCifar;
import static org.naswot.testing.CifarFixtures.tarGz;
import org.naswot.testing.CifarFixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** naswot data download against a local HTTP server standing in for the dataset site. */
class DataDownloadCommandTest {
    private static final int RECORD = CifarFixtures.RECORD;

    @TempDir
    Path tmp;

    private HttpServer server;
    private byte[] archive;
    private byte[] batch1;

    @BeforeEach
    void start() throws Exception {
        batch1 = fakeCifar(7, 1);
        archive = tarGz(new String[] {"cifar-10-batches-bin/data_batch_1.bin", "cifar-10-batches-bin/test_batch.bin",
            "cifar-10-batches-bin/readme.html"}, new byte[][] {batch1, fakeCifar(2, 5), "<html>".getBytes()});
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/cifar-10-binary.tar.gz", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange ex) throws IOException {
        ex.sendResponseHeaders(200, archive.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(archive);
        }
    }

    private String mirror() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/";
    }

    @Test
    void downloadsVerifiesAndUnpacksWithProgressOnStderr() throws Exception {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
        CliRunner.Result r = CliRunner.run("data", "download", "cifar10", "--mirror", mirror(), "--md5", md5,
                "--size", Integer.toString(archive.length), "--data-dir", tmp.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = DataCommandsTest.JSON.readTree(r.lines()[0]);
        assertEquals("cifar10", o.get("dataset").asText());
        assertEquals(tmp.resolve("cifar10").toString(), o.get("path").asText());
        assertEquals(7, o.get("train_images").asInt());
        assertEquals(2, o.get("test_images").asInt());
        assertArrayEquals(batch1, Files.readAllBytes(tmp.resolve("cifar10/data_batch_1.bin")));
        assertFalse(Files.exists(tmp.resolve("cifar10/readme.html")));
        assertTrue(r.err().contains("downloading cifar-10-binary.tar.gz: 100%"), r.err());
        assertTrue(r.err().lines().count() <= 3, "throttled progress: " + r.err());

        // the data directory now satisfies status
        CliRunner.Result status = CliRunner.run("data", "status", "--data-dir", tmp.toString(), "--json");
        assertTrue(DataCommandsTest.bySpaceAndItem(DataCommandsTest.json(status)).get("nb201 cifar10-images")
                .get("present").asBoolean());
    }

    @Test
    void anArchiveThatIsNotTheOfficialOneIsRejected() {
        CliRunner.Result r = CliRunner.run("data", "download", "cifar10", "--mirror", mirror(), "--data-dir",
                tmp.toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertEquals(1, r.err().strip().lines().filter(l -> l.startsWith("naswot ")).count(), r.err());
        assertTrue(r.err().contains("has " + archive.length + " bytes, expected 170052171"), r.err());
        assertFalse(Files.exists(tmp.resolve("cifar10")));
    }

    @Test
    void offlineIsOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CliRunner.Result r = CliRunner.run("data", "download", "cifar100", "--mirror",
                "http://127.0.0.1:" + closedPort + "/", "--data-dir", tmp.toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        String last = r.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("naswot data download: cannot reach 127.0.0.1"), r.err());
        assertTrue(last.contains("cifar-100-binary.tar.gz"), last);
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void unknownDatasetIsAUserError() {
        CliRunner.Result r = CliRunner.run("data", "download", "mnist", "--data-dir", tmp.toString());
        assertEquals(Main.USER_ERROR, r.exitCode());
        assertTrue(r.err().contains("no download known for dataset 'mnist'"), r.err());
    }
}
