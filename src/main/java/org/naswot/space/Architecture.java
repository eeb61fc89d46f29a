package org.naswot.space;

/**
 * One architecture of a search space. Implementations are immutable values with equals/hashCode by
 * content.
 */
public interface Architecture {

    /** Identifier of the space this architecture belongs to, e.g. "nb201". */
    String space();

    /** The benchmark's own index of this architecture, or -1 when the space has no index for it. */
    int index();

    /** The canonical text form, e.g. an NB201 arch string; {@link SearchSpace#parse} reads it back. */
    String encoding();

    /**
     * How views and figure titles name it: its encoding, unless that is too long to read (an NDS network's json
     * runs to hundreds of characters and is named by its space and index instead).
     */
    default String shownName() {
        return encoding();
    }

    /** Whether {@link #shownName} is the encoding itself (then a title may add the index). */
    default boolean namedByEncoding() {
        return true;
    }
}
