package org.naswot.space.natssss;

import java.util.List;
import java.util.StringJoiner;
import org.naswot.common.UserFacingException;
import org.naswot.space.Architecture;

/**
 * A NATS-Bench size-space architecture: the output channels of its five layers (cell, residual block, cell,
 * residual block, cell), each from {8, 16, ..., 64}, written {@code 8:16:32:64:64}.
 *
 * @param index the benchmark's index, or -1 when unknown
 */
public record NatsSssArchitecture(List<Integer> channels, int index) implements Architecture {

    public static final int LAYERS = 5;
    public static final int[] CANDIDATES = {8, 16, 24, 32, 40, 48, 56, 64};

    public NatsSssArchitecture {
        channels = List.copyOf(channels);
        if (channels.size() != LAYERS) {
            throw new IllegalArgumentException("a size-space architecture has 5 channel counts");
        }
    }

    public static NatsSssArchitecture parse(String text) {
        String t = text == null ? "" : text.strip();
        String[] parts = t.split(":", -1);
        if (parts.length != LAYERS) {
            throw new UserFacingException("malformed NATS-Bench size-space architecture '" + t
                    + "': expected 5 channel counts separated by ':' such as 8:16:32:64:64, found " + parts.length);
        }
        Integer[] c = new Integer[LAYERS];
        for (int i = 0; i < LAYERS; i++) {
            int v;
            try {
                v = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new UserFacingException("malformed NATS-Bench size-space architecture '" + t + "': layer " + (i + 1)
                        + " '" + parts[i] + "' is not a number");
            }
            if (candidate(v) < 0) {
                throw new UserFacingException("malformed NATS-Bench size-space architecture '" + t + "': layer " + (i + 1)
                        + " has " + v + " channels; allowed are 8, 16, 24, 32, 40, 48, 56, 64");
            }
            c[i] = v;
        }
        NatsSssArchitecture a = new NatsSssArchitecture(List.of(c), -1);
        return a.withIndex(a.code());
    }

    static int candidate(int channels) {
        for (int i = 0; i < CANDIDATES.length; i++) {
            if (CANDIDATES[i] == channels) {
                return i;
            }
        }
        return -1;
    }

    /** Position in itertools.product(candidates, repeat=5), the benchmark's enumeration order. */
    public int code() {
        int code = 0;
        for (int c : channels) {
            code = code * CANDIDATES.length + candidate(c);
        }
        return code;
    }

    public static NatsSssArchitecture ofCode(int code) {
        Integer[] c = new Integer[LAYERS];
        int rest = code;
        for (int i = LAYERS - 1; i >= 0; i--) {
            c[i] = CANDIDATES[rest % CANDIDATES.length];
            rest /= CANDIDATES.length;
        }
        return new NatsSssArchitecture(List.of(c), code);
    }

    public NatsSssArchitecture withIndex(int newIndex) {
        return new NatsSssArchitecture(channels, newIndex);
    }

    @Override
    public String space() {
        return NatsSssSpace.ID;
    }

    @Override
    public String encoding() {
        StringJoiner j = new StringJoiner(":");
        channels.forEach(c -> j.add(Integer.toString(c)));
        return j.toString();
    }

    @Override
    public String toString() {
        return encoding();
    }
}
