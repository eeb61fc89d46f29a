package org.naswot.space.nb101;

/** Vertex labels of a NAS-Bench-101 cell, with the names the benchmark uses. */
public enum Nb101Op {
    INPUT("input"),
    CONV3X3("conv3x3-bn-relu"),
    CONV1X1("conv1x1-bn-relu"),
    MAXPOOL3X3("maxpool3x3"),
    OUTPUT("output");

    private final String label;

    Nb101Op(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Nb101Op fromLabel(String label) {
        for (Nb101Op op : values()) {
            if (op.label.equals(label)) {
                return op;
            }
        }
        return null;
    }

    /** Index in the benchmark's list of available interior ops, used by its cell hash. */
    int hashLabel() {
        return switch (this) {
            case INPUT -> -1;
            case OUTPUT -> -2;
            case CONV3X3 -> 0;
            case CONV1X1 -> 1;
            case MAXPOOL3X3 -> 2;
        };
    }
}
