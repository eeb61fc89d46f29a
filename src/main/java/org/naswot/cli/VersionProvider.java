package org.naswot.cli;

import org.naswot.common.Version;
import picocli.CommandLine;

/** Prints the tool's version for {@code --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"naswot " + Version.current()};
    }
}
