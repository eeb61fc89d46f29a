package org.naswot.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.app.explore.ScoreScatterModel;
import org.naswot.figures.model.Provenance;
import org.naswot.data.BuiltInData;
import org.naswot.data.DataDirectory;
import org.naswot.data.InputKind;
import org.naswot.score.ReluCounting;
import org.naswot.score.ScoringSettings;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;

/** The window's data notice: built-in data is named, with the download offered; real data needs no notice. */
class DataNoticeTest {

    @TempDir
    Path tmp;

    @Test
    void aFreshInstallationScoresTheBuiltInImagesAndOffersTheDownload() {
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("fresh")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        assertEquals("", vm.dataChecks.dataProblem.get(), "nothing is missing for the default choice");
        assertEquals(InputKind.DATASET, vm.input.get(), "images, not noise: the built-in ones");
        assertTrue(vm.dataChecks.dataNotice.get().contains("4,000 of 50,000 CIFAR-10 training images"), vm.dataChecks.dataNotice.get());
        assertEquals("cifar10", vm.dataChecks.downloadable.get());

        vm.dataset.set("cifar100");
        assertTrue(vm.dataChecks.dataProblem.get().contains("CIFAR-100"), vm.dataChecks.dataProblem.get());
        assertEquals(InputKind.DATASET, vm.input.get(), "no CIFAR-100 images anywhere: Input is not changed behind "
                + "the user's back (review N4)");
        assertTrue(vm.dataChecks.dataProblem.get().contains("choose Input: noise"), "the way out is offered");
        assertEquals("cifar100", vm.dataChecks.downloadable.get());
    }

    @Test
    void fullDataNeedsNoNotice() throws Exception {
        Path cifar = Files.createDirectories(tmp.resolve("data/cifar10"));
        Files.write(cifar.resolve("data_batch_1.bin"), BuiltInData.bytes(BuiltInData.Item.CIFAR10_IMAGES));
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        assertEquals("", vm.dataChecks.dataNotice.get());
        assertEquals("", vm.dataChecks.downloadable.get());
    }

    @Test
    void provenanceOfAStoredRunComesFromItsRecord() {
        ScoringSettings s = new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 128, 2, 1,
                ReluCounting.REFERENCE, "cpu", "ab");
        RunInfo run = new RunInfo(7, s, null, 10, "0.1.0", RunStatus.FINISHED, java.time.Instant.now(), null, 10,
                "cifar10, 128 images from the NB201 train split, seed 2 (built-in: 4,000 of 50,000 CIFAR-10 "
                        + "training images)");
        Provenance p = Provenance.of(run);
        assertEquals("2", p.entries().get("seed"));
        assertEquals("7", p.entries().get("run"));
        assertTrue(p.entries().get("images").contains("built-in"));
        assertTrue(p.toCaption().contains("built-in images (4,000 of 50,000 CIFAR-10 training images)"), p.toCaption());

        RunInfo noise = new RunInfo(8, new ScoringSettings("nb201", "cifar10", InputKind.NOISE, 128, 1, 1,
                ReluCounting.REFERENCE, "cpu", "cd"), null, 10, "0.1.0", RunStatus.FINISHED, java.time.Instant.now(),
                null, 10, "Gaussian noise N(0,1), 128x3x32x32, seed 1");
        assertTrue(Provenance.of(noise).entries().get("dataset").startsWith("noise"));
    }

    @Test
    void aSpaceWithoutItsImportSaysWhatToImport() {
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("fresh")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        assertEquals("", vm.dataChecks.importable.get());
        vm.space.set("nats-sss");
        assertEquals("NATS-sss-v1_0-50262-simple.tar", vm.dataChecks.importable.get());
        assertTrue(vm.dataChecks.dataProblem.get().contains("NATS-sss-v1_0-50262-simple.tar"), vm.dataChecks.dataProblem.get());
        vm.space.set("nb201");
        assertEquals("", vm.dataChecks.importable.get());
        assertEquals("", vm.dataChecks.dataProblem.get());
    }

    /**
     * Each space needs the files its own descriptor names: a broken NB201 table is NB201's problem, not NAS-Bench-101's
     * (the check used to count the NB201 table as every space's).
     */
    @Test
    void aBrokenNb201TableIsOnlyTheProblemOfTheSpaceThatReadsIt() throws Exception {
        Path cifar = Files.createDirectories(tmp.resolve("data/cifar10"));
        Files.write(cifar.resolve("data_batch_1.bin"), BuiltInData.bytes(BuiltInData.Item.CIFAR10_IMAGES));
        Path table = tmp.resolve("data").resolve(BuiltInData.Item.NB201_TABLE.relative());
        Files.createDirectories(table.getParent());
        Files.writeString(table, "not,a,benchmark\n");
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("data")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        vm.space.set("nb101");
        vm.dataChecks.checkData();
        assertEquals("", vm.dataChecks.dataProblem.get());
        vm.space.set("nb201");
        vm.dataChecks.checkData();
        assertTrue(vm.dataChecks.dataProblem.get().contains("not the NAS-Bench-201 accuracy table"),
                vm.dataChecks.dataProblem.get());
    }

    /** Runs of two spaces are not overlaid on one space's accuracy axis: the window says why (review N9). */
    @Test
    void runsOfDifferentSpacesAreNotShownTogether() {
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("fresh")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        RunInfo nb201 = new RunInfo(1, new ScoringSettings("nb201", "cifar10", InputKind.DATASET, 128, 1, 1,
                ReluCounting.REFERENCE, "cpu", "cd"), null, 10, "0.1.0", RunStatus.FINISHED, java.time.Instant.now(),
                null, 10, "built-in");
        RunInfo nb101 = new RunInfo(2, new ScoringSettings("nb101", "cifar10", InputKind.DATASET, 128, 1, 1,
                ReluCounting.REFERENCE, "cpu", "cd"), null, 10, "0.1.0", RunStatus.FINISHED, java.time.Instant.now(),
                null, 10, "built-in");
        vm.runList.showTogether(java.util.List.of(nb201, nb101));
        assertTrue(vm.status.get().contains("different spaces (nb201, nb101)"), vm.status.get());
        assertEquals(null, vm.runList.shownRun.get());
    }

    /** A failure about one space does not stay in the status line when another space is chosen (review N15). */
    @Test
    void aFailureAboutTheSpaceClearsWhenTheSpaceChanges() {
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("fresh")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        vm.status.set("Failed: no nds:DARTS entries imported");
        vm.space.set("nb301");
        assertEquals("", vm.status.get());
        vm.status.set("Showing run 3 (10 architectures)");
        vm.space.set("nb201");
        assertEquals("Showing run 3 (10 architectures)", vm.status.get(), "other messages stay");
        vm.status.set("Import failed: DARTS.json is not an NDS file");
        vm.space.set("nb101");
        assertEquals("", vm.status.get(), "a failed import about the space left behind clears too");
    }

    /**
     * An NDS space with nothing imported has no architectures: noise cannot stand in for them, so the panel gives the
     * import as the way out, not "choose Input: noise" (review N15).
     */
    @Test
    void anUnimportedNdsSpaceOffersTheImportNotNoise() {
        ExplorerViewModel vm = new ExplorerViewModel(new DataDirectory(tmp.resolve("fresh")), tmp.resolve("r.sqlite"),
                new ScoreScatterModel());
        vm.space.set("nds:DARTS");
        String problem = vm.dataChecks.dataProblem.get();
        assertFalse(problem.contains("noise"), problem);
        assertTrue(problem.contains("naswot data import <DARTS.json>") && problem.contains("Import button"), problem);
        assertEquals("DARTS.json", vm.dataChecks.importable.get());
        vm.space.set("nats-sss");
        assertFalse(vm.dataChecks.dataProblem.get().contains("noise"), "its images are there: noise is no way out "
                + "for a missing import");
        vm.dataset.set("cifar100");
        assertTrue(vm.dataChecks.dataProblem.get().contains("choose Input: noise"), "noise stands in for images "
                + "where the space has its architectures");
    }
}
