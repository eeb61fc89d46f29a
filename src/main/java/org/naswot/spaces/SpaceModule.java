package org.naswot.spaces;

import java.util.List;
import org.naswot.data.DataDirectory;
import org.naswot.space.SpaceDescriptor;

/**
 * Everything that is particular to one search space family, in one place: which descriptors it opens, how it opens
 * them over a data directory (the space, its network builder, its accuracies), its network variants, how the window
 * lists it and how long it typically takes. Every caller dispatches through {@link SpaceModules}; no other code names
 * a space.
 *
 * <p>A new family is one package with a class implementing this interface, registered by one line in
 * {@code META-INF/services/org.naswot.spaces.SpaceModule} (see the README's code layout).
 */
public interface SpaceModule {

    /** Whether this module opens the space of {@code descriptor} (by its id, or an id prefix for a family). */
    boolean opens(SpaceDescriptor descriptor);

    /** Descriptors the module brings itself, beside the packaged {@code spaces/*.json} (a plug-in space's). */
    default List<SpaceDescriptor> descriptors() {
        return List.of();
    }

    /**
     * A descriptor file this module reads ({@code --space my-space.json}), checked; empty when the file is not of its
     * kind. A problem with a file of its kind is a UserFacingException naming the file and the field.
     */
    default java.util.Optional<SpaceDescriptor> openFile(java.nio.file.Path file) {
        return java.util.Optional.empty();
    }

    /** The space over {@code data}: its architectures, network builder and accuracies. */
    OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data);

    /**
     * A network variant named after the space's id and a slash ({@code nb101/stem16}): its canonical name and
     * builder (null builder: the space's own network), or a UserFacingException; empty when the space has none.
     */
    default java.util.Optional<NetworkVariant> variant(SpaceDescriptor descriptor, String variant) {
        return java.util.Optional.empty();
    }

    /** What variants the space has, e.g. "stemN, e.g. nb101/stem16"; null when it has none. */
    default String variantHelp() {
        return null;
    }

    /** The space's entries in the window's space picker: its id, then any variants worth offering. */
    default List<String> pickerKeys(SpaceDescriptor descriptor) {
        return List.of(descriptor.id());
    }

    /** How the picker shows a key of {@link #pickerKeys}. */
    default String pickerLabel(String key) {
        return key;
    }

    /**
     * Seconds to score one architecture of {@code key} on a two-core machine with the default settings, for estimates
     * before this machine has measured any (measured: see the README's Performance section).
     */
    double typicalSecondsPerArchitecture(String key);

    /** Where the family sorts in listings (data status, pickers): smaller first; ties by id. */
    int order();

    /**
     * For a family of many spaces that share their images (NDS's): {@code naswot data status} lists the imported ones
     * and summarises the rest on one line.
     *
     * @param heading       the family's heading, e.g. {@code nds:<Name> (images as nb201)}
     * @param prefix        the id prefix, cut from each missing space's id in the summary
     * @param missingAction what to do for the missing ones
     */
    record StatusFamily(String heading, String prefix, String missingAction) {
    }

    /** The family this module's spaces are summarised as in data status; null lists each space on its own. */
    default StatusFamily statusFamily() {
        return null;
    }

    /**
     * How the command line's help names this module's spaces, given its descriptors: their ids by default; a family
     * of many (NDS's) may name the pattern instead.
     */
    default String helpName(List<SpaceDescriptor> mine) {
        return String.join(", ", mine.stream().map(SpaceDescriptor::id).toList());
    }

    /**
     * The diagram of an architecture given as a run stores it ({@code space} as recorded, variant included); empty
     * when the space has no diagram or cannot read the encoding.
     */
    default java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(String space, String encoding) {
        return java.util.Optional.empty();
    }

    /** The diagram of one of the space's own architectures; by default from its space and encoding. */
    default java.util.Optional<org.naswot.figures.model.ArchitectureFigure> diagram(
            org.naswot.space.Architecture architecture) {
        return diagram(architecture.space(), architecture.encoding());
    }

    /**
     * How many times {@code architecture} uses each operation of its space, every operation of the space in the
     * space's order (an unused one as 0), e.g. an NB201 cell: none 0, skip_connect 1, nor_conv_1x1 1, nor_conv_3x3 4,
     * avg_pool_3x3 0; a space of two cells counts both together. Empty where the space has no operations to count
     * (channel widths, AnyNet stages) or the architecture is not of this module's kind. The architecture table's
     * "# op" columns come from here.
     */
    default java.util.Map<String, Integer> operationCounts(org.naswot.space.Architecture architecture) {
        return java.util.Map.of();
    }

    /**
     * A note that scoring {@code architecture} at {@code batch} images of {@code imageSize} pixels takes long (a very
     * large network), so the wait is not silent; empty for one of ordinary size.
     */
    default java.util.Optional<String> sizeNote(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return java.util.Optional.empty();
    }

    /** A network of the space and the builder that makes it, with no data needed (the window's scoring warm-up). */
    record ExampleNetwork(org.naswot.space.NetworkBuilder builder, org.naswot.space.Architecture architecture) {
    }

    /** One of the space's networks that opens without reading any data; empty where the space has none. */
    default java.util.Optional<ExampleNetwork> exampleNetwork() {
        return java.util.Optional.empty();
    }

    /**
     * Whether a network fits this machine at a batch size: why not ({@code problem}), or a note that it is large
     * enough to take minutes ({@code largeNote}); both null for an ordinary one.
     */
    record Fit(String problem, String largeNote) {
        public static final Fit ORDINARY = new Fit(null, null);
    }

    /** How {@code architecture} fits a batch of {@code batch} images of side {@code imageSize}. */
    default Fit fit(org.naswot.space.Architecture architecture, int batch, int imageSize) {
        return Fit.ORDINARY;
    }

    /**
     * What {@code data import} warns after importing {@code space}'s entries (their stored encodings), e.g. that some
     * are too large for this machine; empty when nothing is worth saying.
     */
    default java.util.Optional<String> importWarning(String space, List<String> encodings) {
        return java.util.Optional.empty();
    }

    /** How {@code spaces list} names the kind of one of this module's spaces. */
    default String listedKind(SpaceDescriptor descriptor) {
        return "built-in";
    }

    /** How {@code spaces list} gives its size ("" when unknown). */
    default String listedSize(SpaceDescriptor descriptor) {
        return descriptor.size() == null ? "" : String.format(java.util.Locale.ROOT, "%,d", descriptor.size());
    }

    /** The lines of {@code spaces show} after the id and name. */
    default List<String> describe(SpaceDescriptor d) {
        List<String> out = new java.util.ArrayList<>();
        out.add("  kind      built-in" + (d.size() == null ? "" : String.format(java.util.Locale.ROOT,
                ", %,d architectures", d.size())));
        if (!d.ops().isEmpty()) {
            out.add("  ops       " + String.join(", ", d.ops()));
        }
        if (d.cell() != null && d.cell().format() != null) {
            out.add("  encoding  " + d.cell().format());
        }
        return out;
    }

    /**
     * Checks a descriptor file of this module's kind without registering it: a one-line summary, or a
     * UserFacingException naming the file, the field's path and what was expected; empty when this module reads no
     * such files.
     */
    default java.util.Optional<String> validateFile(java.nio.file.Path file) {
        return java.util.Optional.empty();
    }

    /** The folder where a user drops this module's descriptor files, if it reads any. */
    default java.util.Optional<java.nio.file.Path> userFolder() {
        return java.util.Optional.empty();
    }

    /** Files of {@link #userFolder()} that were left out, each with why. */
    default List<String> userFolderProblems() {
        return List.of();
    }

    /**
     * Whether {@code naswot reproduce} can rerun the paper's experiments on this space (the paper's tables are
     * NAS-Bench-201's).
     */
    default boolean reproducesPaper() {
        return false;
    }

    /** The name the space's imports carry in benchmarks.sqlite. */
    default String storeSpace(SpaceDescriptor descriptor) {
        return descriptor.id();
    }
}
