package org.naswot.app.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.naswot.data.InputKind;
import org.naswot.score.ScoringProtocol;
import org.naswot.score.ScoringSettings;
import org.naswot.store.RunInfo;
import org.naswot.store.RunStatus;

/** How a stored run reads in the window's history: name and date, then what was scored and how it went. */
final class RunListText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private RunListText() {
    }

    static String of(RunInfo r, Double tau) {
        ScoringSettings s = r.settings();
        String input = s.input() == InputKind.NOISE ? "noise" : s.dataset();
        String status = r.status() == RunStatus.RUNNING && r.finishedAt() == null ? "running or stopped" : r.status()
                .dbName();
        if (r.requested() != null && r.status() != RunStatus.FINISHED && r.scored() < r.requested()) {
            status += String.format(Locale.ROOT, ", %,d of %,d", r.scored(), r.requested());
        }
        if (r.label() != null && r.label().startsWith("search")) {
            status += ", search";
        }
        return String.format(Locale.ROOT, "#%d %s%n%s \u00b7 %s%s%n%s \u00b7 %s \u00b7 seed %d \u00b7 %s%s \u00b7 n %,d%s",
                r.id(), r.displayName(), WHEN.format(r.startedAt()), status, tau == null || tau.isNaN() ? ""
                        : String.format(Locale.ROOT, " \u00b7 \u03c4 %.3f", tau), s.space(), input, s.batchSeed(),
                s.counting().cliName(), s.protocol() == ScoringProtocol.PAPER ? ""
                        : " \u00b7 " + s.protocol().cliName() + " protocol", r.scored(), r.builtInImages() ? " \u00b7 built-in images" : "");
    }
}
