package org.naswot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void printsAtMostFourTimesPerSecondAndAlwaysTheEnd() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine p = new ProgressLine(new PrintWriter(text), "downloading x", ProgressLine::bytes, false, now::get);
        for (int i = 0; i <= 1000; i++) {
            now.set(i * 1_000_000L); // 1,001 updates over one second
            p.update(i * 1000L, 1_000_000L);
        }
        p.finish();
        String[] lines = text.toString().split("\n");
        assertEquals("downloading x: 0% (0.0 of 1.0 MB)", lines[0]);
        assertEquals("downloading x: 25% (0.3 of 1.0 MB)", lines[1]);
        assertEquals(5, lines.length, text.toString()); // t = 0, .25, .5, .75 and 1.0 s, which showed the end
        assertEquals("downloading x: 100% (1.0 of 1.0 MB)", lines[lines.length - 1]);
    }

    @Test
    void inPlaceOnATerminalEndsWithOneNewline() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        ProgressLine p = new ProgressLine(new PrintWriter(text), "importing", (d, t) -> ProgressLine.items(d, t, "archs"),
                true, now::get);
        p.update(1, -1);
        now.set(1);
        p.update(2, -1);
        p.finish();
        assertEquals("\rimporting: 1 archs\rimporting: 2 archs\n", text.toString().replace(System.lineSeparator(), "\n"));
    }
}
