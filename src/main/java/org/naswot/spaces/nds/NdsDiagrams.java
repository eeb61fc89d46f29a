package org.naswot.spaces.nds;

import java.util.ArrayList;
import java.util.List;
import org.naswot.figures.cell.CellGraphs;
import org.naswot.figures.model.ArchitectureFigure;
import org.naswot.figures.model.CellGraph;
import org.naswot.figures.model.CellPair;
import org.naswot.space.nds.AnyNetConfig;
import org.naswot.space.nds.CellNetwork;
import org.naswot.space.nds.DartsGenotype;
import org.naswot.space.nds.GenotypeEdge;
import org.naswot.space.nds.NdsArchitecture;

/**
 * The figure of an NDS-style network (NDS's spaces and NAS-Bench-301's): which space draws which figure is each space
 * module's choice ({@code SpaceModule.diagram}); this only draws the network types those modules share.
 */
public final class NdsDiagrams {
    private NdsDiagrams() {
    }

    /** The normal and reduction cell of a cell network, the stages of an AnyNet. */
    public static ArchitectureFigure of(NdsArchitecture a) {
        if (a.net() instanceof CellNetwork c) {
            return fromGenotype(c.genotype());
        }
        return AnyNetDiagram.of((AnyNetConfig) a.net(), a.space());
    }

    /** An NDS json 'net' object as scores store it, read for {@code space} (its id decides an AnyNet's stem). */
    public static ArchitectureFigure ofNetJson(String space, String net) {
        return of(NdsArchitecture.parse(space, net, -1));
    }

    /** A stored NDS-style network: its net json gives the figure; another text form (NB301's list) gives none. */
    public static java.util.Optional<ArchitectureFigure> ofStored(String space, String encoding) {
        return encoding.startsWith("{") ? java.util.Optional.of(ofNetJson(space, encoding)) : java.util.Optional.empty();
    }

    /** By the network itself where it is an NDS-style one, else from its stored form. */
    public static java.util.Optional<ArchitectureFigure> ofArchitecture(org.naswot.space.Architecture a) {
        return a instanceof NdsArchitecture n ? java.util.Optional.of(of(n)) : ofStored(a.space(), a.encoding());
    }

    /** A DARTS-family network's normal and reduction cell. */
    public static CellPair fromGenotype(DartsGenotype genotype) {
        return new CellPair(cell(genotype.normal(), genotype.normalConcat()),
                cell(genotype.reduce(), genotype.reduceConcat()));
    }

    /** One cell of a genotype, as every DARTS-style space draws it. */
    public static CellGraph cell(List<GenotypeEdge> pairs, List<Integer> concat) {
        List<String> ops = new ArrayList<>();
        List<Integer> inputs = new ArrayList<>();
        for (GenotypeEdge e : pairs) {
            ops.add(e.op());
            inputs.add(e.input());
        }
        return CellGraphs.fromDartsCell(ops, inputs, concat);
    }
}
