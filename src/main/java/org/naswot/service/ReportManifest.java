package org.naswot.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.naswot.common.Version;

/**
 * {@value ReportFolder#MANIFEST}: what a report folder holds (runs, page, files). It also marks the folder as a
 * report, so writing the report again may replace it while any other non-empty folder is refused.
 */
final class ReportManifest {
    private ReportManifest() {
    }

    /** Writes the manifest of the files in {@code dir}; returns their names (the manifest last). */
    static List<String> write(Path dir, List<Long> runs, RunReport.Format format) throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new java.util.ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("software", "NASWOT Explorer " + Version.current());
        m.put("runs", runs);
        m.put("page", format.page());
        m.put("files", files);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(ReportFolder.MANIFEST)
                .toFile(), m);
        files.add(ReportFolder.MANIFEST);
        return List.copyOf(files);
    }
}
