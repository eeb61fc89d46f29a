package org.naswot.bench.imports;

/**
 * What one import added to the benchmark store; the CLI prints it as JSON (Jackson serialises records).
 *
 * @param kind          importer that read the source (nats, nb101-tfrecord, nds, csv)
 * @param space         search space(s) the rows belong to, comma-separated when several
 * @param architectures distinct architectures touched
 * @param rows          metric rows written (including the means over seeds)
 * @param path          the imported file or directory
 * @param sha256        SHA-256 of the imported file (of a directory: of its files' hashes, see ContentHash)
 * @param importedAt    ISO-8601 instant
 */
public record ImportSummary(String kind, String space, long architectures, long rows, String path, String sha256,
                            String importedAt) {
}
