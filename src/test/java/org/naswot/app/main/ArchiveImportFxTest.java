package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.testing.CifarFixtures.fakeCifar;
import static org.naswot.testing.CifarFixtures.tarGz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.naswot.app.explore.ScoreScatter;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.app.theme.Theme;
import org.naswot.data.DataDirectory;
import org.naswot.data.download.DatasetSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Import data… through its seam ({@link DataChecksViewModel#importArchive(Path)}, the native file dialog left
 * out), on an empty data directory: a small archive in the official layout is unpacked and the data notice updates;
 * a bad file is one sentence in the status line and leaves the data directory as it was. The fixture is not the
 * official archive, so the test puts its checksum among the known ones.
 */
@ExtendWith(ApplicationExtension.class)
class ArchiveImportFxTest {
    private static final String FOLDER = "cifar-10-batches-bin/";
    private ExplorerViewModel vm;
    private Path dataDir;
    private Path downloads;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory("naswot-archive-import-data");
        downloads = Files.createTempDirectory("naswot-archive-import-downloads");
        ScoreScatterModel model = new ScoreScatterModel();
        vm = new ExplorerViewModel(DataDirectory.resolve(dataDir),
                Files.createTempDirectory("naswot-archive-import").resolve("results.sqlite"), model);
        ShownWindow.show(stage, vm, model, 1300, 820);
    }

    @Test
    void anArchiveDownloadedByHandIsUnpackedAndTheNoticeUpdates(FxRobot robot) throws Exception {
        byte[] batch = fakeCifar(7, 1);
        byte[] archive = tarGz(new String[] {FOLDER + "data_batch_1.bin", FOLDER + "test_batch.bin",
            FOLDER + "readme.html"}, new byte[][] {batch, fakeCifar(2, 5), "<html>".getBytes()});
        Path file = Files.write(downloads.resolve("cifar-10-binary.tar.gz"), archive);
        robot.interact(() -> {
            assertEquals("cifar10", vm.dataChecks.downloadable.get(), "the window offers the full images first");
            assertTrue(importArchiveButton(robot).isVisible(), "Import archive… under the Download button");
            vm.dataChecks.archiveSources = List.of(fixtureSource(archive));
            assertTrue(vm.dataChecks.importArchive(file) != null);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.dataChecks.downloading.get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertTrue(vm.status.get().startsWith("Imported cifar-10-binary.tar.gz: 7 training and 2 test images"),
                    vm.status.get());
            assertEquals("", vm.dataChecks.downloadable.get(), "all images present: nothing left to download");
            assertFalse(importArchiveButton(robot).isVisible());
        });
        assertArrayEquals(batch, Files.readAllBytes(dataDir.resolve("cifar10/data_batch_1.bin")));
        assertFalse(Files.exists(dataDir.resolve("cifar10/readme.html")));
        assertFalse(Files.exists(dataDir.resolve(".cifar10.importing")), "no staging folder left behind");
    }

    @Test
    void aBadFileIsOneSentenceAndWritesNothing(FxRobot robot) throws Exception {
        // the official checksum: a file of that name with other bytes is refused before anything is unpacked
        Path junk = Files.write(downloads.resolve("cifar-10-binary.tar.gz"), new byte[] {1, 2, 3});
        importAndWait(robot, junk);
        assertTrue(vm.status.get().startsWith("Import failed, nothing written: "), vm.status.get());
        assertTrue(vm.status.get().contains("expected c32a1d4ab5d03f1284b67883e8d87530"), vm.status.get());
        assertFalse(vm.status.get().contains("\n"), "one line: " + vm.status.get());

        // a truncated archive (its checksum known, as a damaged copy's would be): the first batch unpacked before
        // the damage is not left behind
        Random random = new Random(7);
        byte[] first = new byte[40 * 3073];
        byte[] second = new byte[40 * 3073];
        random.nextBytes(first);
        random.nextBytes(second);
        byte[] whole = tarGz(new String[] {FOLDER + "data_batch_1.bin", FOLDER + "test_batch.bin"},
                new byte[][] {first, second});
        byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);
        robot.interact(() -> vm.dataChecks.archiveSources = List.of(fixtureSource(cut)));
        importAndWait(robot, Files.write(junk, cut));
        assertTrue(vm.status.get().startsWith("Import failed, nothing written: cannot unpack"), vm.status.get());
        assertFalse(Files.exists(dataDir.resolve("cifar10/data_batch_1.bin")), "nothing half-imported");
        assertFalse(Files.exists(dataDir.resolve(".cifar10.importing")));

        // another file is refused by its name, before any work
        Path notes = Files.writeString(downloads.resolve("notes.txt"), "hello");
        robot.interact(() -> assertEquals(null, vm.dataChecks.importArchive(notes)));
        assertTrue(vm.status.get().startsWith("Not imported: notes.txt is not an official CIFAR archive"),
                vm.status.get());
        robot.interact(() -> assertEquals("cifar10", vm.dataChecks.downloadable.get(), "still offered"));
    }

    private void importAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> assertTrue(vm.dataChecks.importArchive(file) != null));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.dataChecks.downloading.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node importArchiveButton(FxRobot robot) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Import archive\u2026".equals(b.getText())).findFirst().orElseThrow();
    }

    private static DatasetSource fixtureSource(byte[] archive) {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
            DatasetSource official = DatasetSource.CIFAR10;
            return new DatasetSource(official.id(), official.url(), md5, -1, official.memberFolder());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
