package org.naswot.data.download;

import java.net.URI;

/**
 * An official dataset archive and where its files go in the data directory.
 *
 * @param id           data-directory folder the .bin files land in (cifar10, cifar100)
 * @param url          official download address
 * @param md5          published checksum
 * @param bytes        published size, or -1
 * @param memberFolder folder inside the archive whose *.bin files are kept
 */
public record DatasetSource(String id, URI url, String md5, long bytes, String memberFolder) {
    public static final DatasetSource CIFAR10 = new DatasetSource("cifar10",
            URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"),
            "c32a1d4ab5d03f1284b67883e8d87530", 170_052_171L, "cifar-10-batches-bin");
    public static final DatasetSource CIFAR100 = new DatasetSource("cifar100",
            URI.create("https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz"),
            "03b5dce01913d631647c71ecec9e9cb8", 168_513_733L, "cifar-100-binary");

    public static DatasetSource byId(String id) {
        return switch (id.toLowerCase(java.util.Locale.ROOT)) {
            case "cifar10", "cifar-10" -> CIFAR10;
            case "cifar100", "cifar-100" -> CIFAR100;
            default -> throw new org.naswot.common.UserFacingException(
                    "no download known for dataset '" + id + "' (known: cifar10, cifar100)");
        };
    }

    public String fileName() {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** --mirror: same file name under another base address (trailing slash optional). */
    public DatasetSource withMirror(URI mirrorBase) {
        String base = mirrorBase.toString();
        URI mirrored = URI.create(base.endsWith("/") ? base + fileName() : base + "/" + fileName());
        return new DatasetSource(id, mirrored, md5, bytes, memberFolder);
    }
}
