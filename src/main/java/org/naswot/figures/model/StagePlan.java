package org.naswot.figures.model;

import java.util.List;

/**
 * A network drawn as a row of boxes, input to output: an AnyNet's stem, its stages and its head.
 *
 * @param blocks  left to right
 * @param caption a line under the row (e.g. the block type every stage uses), or empty
 */
public record StagePlan(List<Block> blocks, String caption) implements ArchitectureFigure {

    public StagePlan {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a stage plan needs at least one block");
        }
    }

    public enum Kind { STEM, STAGE, HEAD }

    /**
     * @param title the box's heading ("stem", "stage 2", "head")
     * @param lines the box's details, one per line
     */
    public record Block(Kind kind, String title, List<String> lines) {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    public List<Block> stages() {
        return blocks.stream().filter(b -> b.kind() == Kind.STAGE).toList();
    }
}
