package org.naswot.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Times are stored as fixed-width ISO-8601 UTC text with milliseconds ("2025-01-31T12:00:00.123Z"): it
 * sorts correctly as text, SQLite's date functions accept it, and pandas parses it with
 * {@code pd.to_datetime}.
 */
final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Null in, null out: unfinished runs have no finish time. */
    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
