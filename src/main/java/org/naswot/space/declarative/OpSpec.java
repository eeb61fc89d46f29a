package org.naswot.space.declarative;

/**
 * One operation of a declarative space: its name in architecture strings and the building block it is, with the
 * block's parameters (defaults filled in).
 *
 * @param reluConvBnContainer relu_conv_bn only: built as the reference's ReLUConvBN class (its ReLU counts twice in
 *                            reference counting) rather than a plain Sequential
 */
public record OpSpec(String name, String block, int kernel, int dilation, int groups, boolean countIncludePad,
                     boolean reluConvBnContainer) {

    /** Padding that keeps the resolution at stride 1: (k-1)/2 times the dilation. */
    public int padding() {
        return dilation * (kernel - 1) / 2;
    }

    /** Whether the op is a convolution (for the window's colours and counts). */
    public boolean isConvolution() {
        return switch (block) {
            case "relu_conv_bn", "conv_bn_relu", "sep_conv", "dil_conv" -> true;
            default -> false;
        };
    }

    /** "relu_conv_bn k3 d2 g4": the block and its parameters, for {@code spaces show}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(block);
        switch (block) {
            case "zero", "skip", "factorized_reduce" -> {
            }
            default -> {
                sb.append(" ").append(kernel).append("x").append(kernel);
                if (dilation != 1) {
                    sb.append(" dilation ").append(dilation);
                }
                if (groups != 1) {
                    sb.append(" groups ").append(groups);
                }
                if (block.equals("avg_pool") && countIncludePad) {
                    sb.append(" counting padding");
                }
                if (block.equals("relu_conv_bn") && !reluConvBnContainer) {
                    sb.append(" (Sequential)");
                }
            }
        }
        return sb.toString();
    }
}
