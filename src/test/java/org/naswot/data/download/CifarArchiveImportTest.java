package org.naswot.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.naswot.testing.CifarFixtures.fakeCifar;
import static org.naswot.testing.CifarFixtures.tarGz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.naswot.data.DataDirectory;

class CifarArchiveImportTest {
    @TempDir
    Path tmp;

    @Test
    void anArchiveIsKnownByItsOfficialName() {
        assertEquals(DatasetSource.CIFAR100, CifarArchiveImport.sourceFor(tmp.resolve("cifar-100-binary.tar.gz"),
                CifarArchiveImport.OFFICIAL).orElseThrow());
        assertTrue(CifarArchiveImport.sourceFor(tmp.resolve("cifar-10.tar.gz"), CifarArchiveImport.OFFICIAL).isEmpty());
    }

    @Test
    void aCancelledImportWritesNothingAndACompleteOneCountsTheImages() throws Exception {
        byte[] archive = tarGz(new String[] {"cifar-10-batches-bin/data_batch_1.bin",
            "cifar-10-batches-bin/test_batch.bin"}, new byte[][] {fakeCifar(3, 1), fakeCifar(2, 2)});
        Path file = Files.write(tmp.resolve("cifar-10-binary.tar.gz"), archive);
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
        DatasetSource source = new DatasetSource("cifar10", DatasetSource.CIFAR10.url(), md5, -1,
                "cifar-10-batches-bin");
        DataDirectory data = DataDirectory.resolve(tmp.resolve("data"));

        assertThrows(CancellationException.class, () -> CifarArchiveImport.run(file, source, data, () -> true));
        assertFalse(Files.exists(tmp.resolve("data/cifar10")));

        CifarArchiveImport.Result r = CifarArchiveImport.run(file, source, data, () -> false);
        assertEquals(3, r.trainImages());
        assertEquals(2, r.testImages());
        assertEquals(List.of(tmp.resolve("data/cifar10/data_batch_1.bin"), tmp.resolve("data/cifar10/test_batch.bin")),
                r.files());
        assertEquals(md5, r.md5());
    }
}
