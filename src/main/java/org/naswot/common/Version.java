package org.naswot.common;

/** The tool's version, as written into results and exported files. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String fromLauncher = System.getProperty("naswot.version");
        if (fromLauncher != null && !fromLauncher.isBlank()) {
            return fromLauncher;
        }
        String fromJar = Version.class.getPackage().getImplementationVersion();
        return fromJar != null ? fromJar : "dev";
    }
}
