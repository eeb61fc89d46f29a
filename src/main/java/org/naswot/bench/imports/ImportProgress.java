package org.naswot.bench.imports;

/** Progress of a long import: items (architectures, records) done out of total, total -1 when unknown. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
