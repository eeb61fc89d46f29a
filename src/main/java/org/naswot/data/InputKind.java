package org.naswot.data;

/** What the networks are fed when scored: real images, or Gaussian noise (the paper's ablation). */
public enum InputKind {
    DATASET("dataset"),
    NOISE("noise");

    private final String cliName;

    InputKind(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static InputKind fromCli(String name) {
        for (InputKind k : values()) {
            if (k.cliName.equalsIgnoreCase(name)) {
                return k;
            }
        }
        throw new org.naswot.common.UserFacingException("unknown input kind '" + name + "' (expected dataset or noise)");
    }
}
