package org.naswot.store;

import org.naswot.common.UserFacingException;

/** File formats {@link ResultExporter} writes. */
public enum ExportFormat {
    CSV("csv"),
    JSON("json");

    private final String cliName;

    ExportFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static ExportFormat fromCli(String name) {
        for (ExportFormat f : values()) {
            if (f.cliName.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new UserFacingException("unknown export format '" + name + "' (expected csv or json)");
    }
}
