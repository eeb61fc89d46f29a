package org.naswot.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.naswot.common.UserFacingException;
import org.naswot.data.CifarFormat;
import org.naswot.data.CifarReader;
import org.naswot.data.DataDirectory;
import org.naswot.data.download.DatasetInstaller;
import org.naswot.data.download.DatasetSource;
import org.naswot.data.download.Downloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code naswot data download cifar10|cifar100}: fetches the official archive into {@code <data-dir>/downloads/}
 * (resuming a partial download), checks its size and MD5, and unpacks the .bin files into {@code <data-dir>/<id>/}.
 */
@Command(name = "download", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download a dataset's official archive into <data-dir>/downloads, check size and MD5, and unpack "
                + "its .bin files into <data-dir>/cifar10 or <data-dir>/cifar100.",
            "An interrupted download resumes when the command is run again. Progress goes to stderr."})
final class DataDownloadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DATASET", description = "cifar10 or cifar100.")
    String dataset;

    @Option(names = "--mirror", paramLabel = "URL",
            description = "Base address serving the same file name instead of the official site.")
    URI mirror;

    @Option(names = "--md5", paramLabel = "HEX",
            description = "Expected MD5 of the archive when a mirror serves a repacked one (default: the official).")
    String md5;

    @Option(names = "--size", paramLabel = "BYTES",
            description = "Expected size of the archive in bytes, with --md5 (default: the official).")
    Long size;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Output out = new Output(spec, common.json);
        DataDirectory data = DataDirectory.resolve(common.dataDir);
        DatasetSource source = expected(DatasetSource.byId(dataset));
        if (mirror != null && (mirror.getScheme() == null || !mirror.getScheme().startsWith("http"))) {
            throw new UserFacingException("--mirror must be an http:// or https:// address, got '" + mirror + "'");
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "downloading " + source.fileName(),
                ProgressLine::bytes);
        List<Path> files;
        try {
            files = new DatasetInstaller(new Downloader()).install(source, data, mirror, progress::update);
        } finally {
            progress.finish();
        }
        Path folder = data.resolve(source.id());
        CifarReader reader = CifarReader.open(folder, CifarFormat.forDataset(source.id()));
        if (common.json) {
            Map<String, Object> o = JsonLines.object();
            o.put("dataset", source.id());
            o.put("url", (mirror == null ? source : source.withMirror(mirror)).url().toString());
            o.put("archive", data.resolve("downloads").resolve(source.fileName()).toString());
            o.put("md5", source.md5());
            o.put("bytes", source.bytes());
            o.put("path", folder.toString());
            o.put("files", files.stream().map(Path::toString).toList());
            o.put("train_images", reader.trainCount());
            o.put("test_images", reader.testCount());
            out.json(o);
        } else {
            out.text(String.format("%s: %s verified (md5 %s) and unpacked into %s: %,d training and %,d test images "
                    + "in %d file(s)", source.id(), source.fileName(), source.md5(), folder, reader.trainCount(),
                    reader.testCount(), files.size()));
        }
        return 0;
    }

    private DatasetSource expected(DatasetSource official) {
        if (md5 == null && size == null) {
            return official;
        }
        if (md5 == null || !md5.matches("[0-9a-fA-F]{32}")) {
            throw new UserFacingException("--md5 must be the 32 hex digits of the archive's MD5 (also with --size)");
        }
        return new DatasetSource(official.id(), official.url(), md5.toLowerCase(java.util.Locale.ROOT),
                size == null ? -1 : size, official.memberFolder());
    }
}
