package org.naswot.score;

import org.naswot.common.UserFacingException;

/**
 * Which ReLU codes enter the kernel.
 *
 * <ul>
 *   <li>{@link #REFERENCE}: what the paper's released code computes. It hooks every module whose type
 *   name contains "ReLU", so a ReLUConvBN container is hooked as well as the nn.ReLU inside it: the codes
 *   of every conv-op ReLU (cell convs, residual blocks' conv_a/conv_b) count twice, plain ReLUs (the final
 *   {@code lastact}) once.</li>
 *   <li>{@link #ONCE}: each ReLU counted once, as in Eq. 1 of the paper.</li>
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
