package org.naswot.spark;

import java.io.Serializable;

/**
 * Sees each architecture a task has scored, with the task's partition and attempt; it travels with the task. A seam
 * for tests (one that throws makes Spark retry the task); production runs use {@link #NONE}.
 */
@FunctionalInterface
interface TaskProbe extends Serializable {
    TaskProbe NONE = (partition, attempt) -> { };

    void scored(int partition, int attempt);
}
