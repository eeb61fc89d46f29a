package org.naswot.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.naswot.app.ExplorerLauncher;
import org.naswot.common.UserFacingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code naswot gui}: the explorer window (also what {@code naswot} without arguments opens). */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Open NASWOT Explorer. With --screenshot, score a sample headlessly, save the window as PNG and exit.")
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--screenshot", paramLabel = "OUT.png", description = "Render headlessly after the run finishes, save, exit.")
    Path screenshot;

    @Option(names = "--space", description = "Search space to open: ${sys:naswot.spaces}, or a declarative descriptor file (my-space.json). Default " + org.naswot.spaces.SpaceModules.DEFAULT_ID + ".")
    String space;

    @Option(names = "--sample", paramLabel = "N", description = "Random cells to score.")
    Integer sample;

    @Option(names = "--seed", description = "Seed of the batch and the sample.")
    Integer seed;

    @Option(names = "--size", paramLabel = "WxH",
            description = "With --screenshot: the window's size in pixels (default 1400x860), e.g. 1280x820 or 1024x700.")
    String size;

    @Option(names = "--all-tabs", description = "With --screenshot: also select the best cell and save the cell, kernel and lecture tabs (OUT-cell.png, ...).")
    boolean allTabs;

    @Option(names = "--large-fonts",
            description = "With --screenshot: View > Large fonts (projection) on, as at a lecture.")
    boolean largeFonts;

    @Option(names = "--axes", paramLabel = "values|ranks", description = "With --screenshot: the score vs accuracy "
            + "scatter's Axes, values or ranks (as naswot figure --axes); this screenshot only, never saved as a "
            + "preference.")
    String axes;

    @Option(names = "--clip", paramLabel = "LOW,HIGH", description = "With --screenshot: clip the scatter's axes to "
            + "these percentiles (Display > Clip axes, e.g. 1,99; as naswot figure --clip); this screenshot only.")
    String clip;

    @Option(names = "--proxy-figure", paramLabel = "heatmap|matrix|parallel", description = "With --screenshot: "
            + "what the Proxies tab's Figure picker shows (saved as OUT-proxies.png with --all-tabs); this screenshot "
            + "only.")
    String proxyFigure;

    @Option(names = "--headless", description = "Render without a display (Monocle); implied by --screenshot when DISPLAY is unset.")
    boolean headless;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (screenshot != null) {
            args.add("--screenshot=" + screenshot.toAbsolutePath());
        }
        if (allTabs) {
            args.add("--all-tabs");
        }
        if (largeFonts) {
            args.add("--large-fonts");
        }
        if (size != null) {
            if (!size.matches("\\d{3,4}x\\d{3,4}")) {
                throw new org.naswot.common.UserFacingException("--size must be WIDTHxHEIGHT in pixels, e.g. 1280x820, "
                        + "not '" + size + "'");
            }
            args.add("--size=" + size);
        }
        args.addAll(ScreenshotViewOptions.check(screenshot != null, axes, clip, proxyFigure,
                java.util.Arrays.stream(org.naswot.app.proxies.ProxiesShown.values())
                        .map(org.naswot.app.proxies.ProxiesShown::id).toList()));
        if (space != null) {
            // a descriptor file is checked here, so a bad one is one line and exit 2 before any window opens
            org.naswot.service.SearchSpaces.resolve(space);
            args.add("--space=" + space);
        }
        if (sample != null) {
            args.add("--sample=" + sample);
        }
        if (seed != null) {
            args.add("--seed=" + seed);
        }
        if (common.dataDir != null) {
            args.add("--data-dir=" + common.dataDir.toAbsolutePath());
        }
        if (common.db != null) {
            args.add("--db=" + common.db.toAbsolutePath());
        }
        String display = System.getenv("DISPLAY");
        boolean noDisplay = display == null || display.isBlank();
        boolean offscreen = headless || (screenshot != null && noDisplay);
        if (!offscreen) {
            DesktopCheck.problem().ifPresent(p -> {
                throw new UserFacingException(p);
            });
        }
        try {
            ExplorerLauncher.launch(offscreen, args.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            String explained = DesktopCheck.explainLaunchFailure(e);
            if (explained == null) {
                throw e;
            }
            throw new UserFacingException(explained, e);
        }
        return 0;
    }
}
