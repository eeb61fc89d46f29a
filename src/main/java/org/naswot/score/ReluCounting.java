package org.naswot.score;

import org.naswot.common.UserFacingException;

/**
 * Which ReLU codes enter the kernel.
 *
 * <ul>
 *   <li>{@link #REFERENCE}: what the paper's released code computes. It hooks every module whose type
 *   name contains "ReLU", so a ReLUConvBN container is hooked as well as the nn.ReLU inside it: the codes
 *   of every conv-op ReLU (cell convs, residual blocks' conv_a/conv_b) count twice, plain ReLUs (the final
 *   {@code lastact}) once. Its hook counts a module only once the module's backward hook has set a
 *   {@code visited_backwards} flag in the Jacobian pass, so a ReLU whose output does not reach the network's output
 *   (in a DARTS-family cell, a state left out of the concat and not read by a kept node) does not count at all,
 *   although it runs.</li>
 *   <li>{@link #ONCE}: each ReLU that runs counted once, as in Eq. 1 of the paper, whether or not its output reaches
 *   the network's output.</li>
 * </ul>
 */
public enum ReluCounting {
    REFERENCE("reference"),
    ONCE("once");

    private final String cliName;

    ReluCounting(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static ReluCounting fromCli(String name) {
        for (ReluCounting c : values()) {
            if (c.cliName.equalsIgnoreCase(name)) {
                return c;
            }
        }
        throw new UserFacingException("unknown --relu-count '" + name + "' (expected reference or once)");
    }
}
