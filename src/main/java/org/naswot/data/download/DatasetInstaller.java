package org.naswot.data.download;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.naswot.data.DataDirectory;

/**
 * {@code naswot data download}: fetches an official archive into {@code <data-dir>/downloads/}, checks it and
 * unpacks its .bin files into the data directory layout ({@code cifar10/}, {@code cifar100/}).
 */
public final class DatasetInstaller {
    private final Downloader downloader;

    public DatasetInstaller(Downloader downloader) {
        this.downloader = downloader;
    }

    /** @param mirror base URL replacing the official one, or null */
    public List<Path> install(DatasetSource source, DataDirectory data, URI mirror, ProgressListener listener) {
        DatasetSource from = mirror == null ? source : source.withMirror(mirror);
        Path archive = data.resolve("downloads").resolve(from.fileName());
        downloader.download(from.url(), archive, from.md5(), from.bytes(), listener);
        return ArchiveUnpacker.unpackBins(archive, from.memberFolder(), data.resolve(from.id()));
    }
}
