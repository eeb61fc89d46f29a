package org.naswot.spaces.declarative;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.naswot.common.UserFacingException;
import org.naswot.data.DataDirectory;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.space.Architecture;
import org.naswot.space.SearchSpace;
import org.naswot.space.SpaceDescriptor;
import org.naswot.space.declarative.CellInput;
import org.naswot.space.declarative.DagArchitecture;
import org.naswot.space.declarative.DartsArchitecture;
import org.naswot.space.declarative.DeclarativeSpaces;
import org.naswot.space.declarative.DeclarativeSpec;
import org.naswot.spaces.OpenedSpace;
import org.naswot.spaces.SpaceModule;

/**
 * Declarative spaces: a JSON descriptor ({@code spaces/schema/space.schema.json}) defines the cells, ops and skeleton,
 * no Java needed. Those in the user's spaces folder are known from the start; any other file is opened by its path
 * ({@code --space my-space.json}). Their accuracies, if the user has any, come from {@code data import --mapping}.
 */
public final class DeclarativeModule implements SpaceModule {
    /** Descriptors in the user's folder that failed to load, with the reason ({@code naswot spaces list} shows it). */
    private static final List<String> PROBLEMS = new ArrayList<>();

    @Override
    public boolean opens(SpaceDescriptor descriptor) {
        return DeclarativeSpaces.ENCODING.equals(descriptor.encoding());
    }

    @Override
    public List<SpaceDescriptor> descriptors() {
        List<SpaceDescriptor> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Path file : UserSpacesFolder.files()) {
            try {
                SpaceDescriptor d = DeclarativeSpaces.load(file).descriptor();
                if (ids.add(d.id())) {
                    out.add(d);
                }
            } catch (UserFacingException e) {
                // one bad file must not stop every command: it is left out, and `spaces list` says why
                synchronized (PROBLEMS) {
                    PROBLEMS.add(e.getMessage());
                }
            }
        }
        // files opened by path before: their runs' figures and diagrams still find the space by its id
        for (Path file : OpenedSpaceFiles.list()) {
            try {
                DeclarativeSpaces.Loaded loaded = DeclarativeSpaces.read(file);
                if (ids.add(loaded.spec().id())) {
                    out.add(DeclarativeSpaces.load(file).descriptor());
                }
            } catch (UserFacingException e) {
                // a file since changed or broken is simply no longer known; opening it by path says what is wrong
            }
        }
        return out;
    }

    /** What went wrong with files of the user's folder. */
    public static List<String> problems() {
        synchronized (PROBLEMS) {
            return List.copyOf(PROBLEMS);
        }
    }

    @Override
    public String listedKind(SpaceDescriptor d) {
        return DeclarativeSpaces.spec(d.id()).map(DeclarativeDescription::kind).orElse("declarative");
    }

    @Override
    public String listedSize(SpaceDescriptor d) {
        return DeclarativeSpaces.spec(d.id()).map(DeclarativeDescription::sizeOf).orElse("");
    }

    @Override
    public List<String> describe(SpaceDescriptor d) {
        return DeclarativeDescription.describe(spec(d.id()), d);
    }

    /** Every descriptor file is checked here: this is the module that reads them. */
    @Override
    public Optional<String> validateFile(Path file) {
        return Optional.of(DeclarativeDescription.validate(file));
    }

    @Override
    public Optional<Path> userFolder() {
        return Optional.of(UserSpacesFolder.path());
    }

    @Override
    public List<String> userFolderProblems() {
        return problems();
    }

    @Override
    public Optional<SpaceDescriptor> openFile(Path file) {
        return file.getFileName().toString().endsWith(".json") && DeclarativeSpaces.isDeclarative(file)
                ? Optional.of(remembered(file, DeclarativeSpaces.load(file).descriptor())) : Optional.empty();
    }

    private static SpaceDescriptor remembered(Path file, SpaceDescriptor d) {
        OpenedSpaceFiles.remember(file);
        return d;
    }

    @Override
    public OpenedSpace open(SpaceDescriptor descriptor, DataDirectory data) {
        DeclarativeSpec spec = spec(descriptor.id());
        SearchSpace space = DeclarativeSpaces.space(spec);
        return new OpenedSpace(space, DeclarativeSpaces.builder(spec), null, null);
    }

    private static DeclarativeSpec spec(String id) {
        return DeclarativeSpaces.spec(id).orElseThrow(() -> new UserFacingException("the declarative space " + id
                + " is not loaded in this process: pass its file with --space FILE.json, or put it in "
                + UserSpacesFolder.path()));
    }

    /** Measured: nb201 written declaratively scores as fast as nb201 (two workers on two cores). */
    @Override
    public double typicalSecondsPerArchitecture(String key) {
        return 0.5;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String helpName(List<SpaceDescriptor> mine) {
        return String.join(", ", mine.stream().map(SpaceDescriptor::id).toList());
    }

    @Override
    public Optional<ArchitectureFigure> diagram(String space, String encoding) {
        return DeclarativeSpaces.spec(space).map(spec -> figure(DeclarativeSpaces.space(spec).parse(encoding)));
    }

    @Override
    public Optional<ArchitectureFigure> diagram(Architecture architecture) {
        return Optional.of(figure(architecture));
    }

    /** The descriptor's operations: over a DAG cell's edges, or a DARTS network's normal and reduction cell. */
    @Override
    public java.util.Map<String, Integer> operationCounts(Architecture architecture) {
        if (architecture instanceof DagArchitecture dag) {
            return dag.operationCounts();
        }
        return architecture instanceof DartsArchitecture darts ? darts.operationCounts() : java.util.Map.of();
    }

    /** A DAG cell as NB201's diagram draws it; a DARTS network as its normal and reduction cell. */
    static ArchitectureFigure figure(Architecture a) {
        if (a instanceof DagArchitecture dag) {
            int nodes = dag.spec().nodes();
            List<CellGraph.Node> n = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                n.add(new CellGraph.Node(Integer.toString(i), null));
            }
            List<CellGraph.Edge> edges = new ArrayList<>();
            for (int e = 0; e < dag.spec().dagEdges(); e++) {
                edges.add(new CellGraph.Edge(DagArchitecture.edgeFrom(e), DagArchitecture.edgeTo(e),
                        dag.opSpec(e).name()));
            }
            return new CellGraph(n, edges);
        }
        DartsArchitecture d = (DartsArchitecture) a;
        return new CellPair(dartsCell(d, false), dartsCell(d, true));
    }

    private static CellGraph dartsCell(DartsArchitecture d, boolean reduction) {
        List<String> ops = new ArrayList<>();
        List<Integer> inputs = new ArrayList<>();
        List<CellInput> cell = d.cell(reduction);
        int perNode = d.spec().inputsPerNode();
        List<Integer> concat = new ArrayList<>();
        for (int k = 0; k < d.spec().nodes(); k++) {
            concat.add(k + 2);
        }
        if (perNode == 2) {
            for (CellInput in : cell) {
                ops.add(d.spec().opNames().get(in.op()));
                inputs.add(in.from());
            }
            return org.naswot.figures.cell.CellGraphs.fromDartsCell(ops, inputs, concat);
        }
        List<CellGraph.Node> nodes = new ArrayList<>();
        nodes.add(new CellGraph.Node(org.naswot.figures.cell.CellGraphs.PREVIOUS_PREVIOUS, null));
        nodes.add(new CellGraph.Node(org.naswot.figures.cell.CellGraphs.PREVIOUS, null));
        for (int k = 0; k < d.spec().nodes(); k++) {
            nodes.add(new CellGraph.Node(Integer.toString(k), null));
        }
        int output = nodes.size();
        nodes.add(new CellGraph.Node(org.naswot.figures.cell.CellGraphs.OUTPUT, null));
        List<CellGraph.Edge> edges = new ArrayList<>();
        for (int i = 0; i < cell.size(); i++) {
            edges.add(new CellGraph.Edge(cell.get(i).from(), i / perNode + 2, d.spec().opNames().get(cell.get(i).op())));
        }
        for (int s : concat) {
            edges.add(new CellGraph.Edge(s, output, null, null));
        }
        return new CellGraph(nodes, edges);
    }
}
