package org.naswot.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.naswot.figures.model.Provenance;
import org.naswot.figures.search.SearchSeries;
import org.naswot.store.SearchRunInfo;

/**
 * Stored searches of a space and dataset as the Search figures draw them, with where they came from (the first
 * run's space, seed, batch and counting; the settings and their run counts as the figure's "images").
 *
 * @param provenance null when nothing is stored
 */
public record StoredSearches(List<SearchSeries> series, Provenance provenance) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public StoredSearches {
        series = List.copyOf(series);
    }

    static Provenance provenance(SearchRunInfo first, String dataset, List<SearchSeries> series, String column) {
        JsonNode settings = settings(first.spec().settingsJson());
        return new Provenance(first.spec().space(), dataset, first.spec().seed(),
                settings.path("batch_size").asInt(0), settings.path("relu_count").asText(""),
                first.toolVersion() == null ? null : "NASWOT Explorer " + first.toolVersion(), describe(series), null,
                column);
    }

    /** "searches: NASWOT, N = 10 (10 runs); random, N = 10 (10 runs)". */
    public static String describe(List<SearchSeries> series) {
        return "searches: " + series.stream().map(s -> s.label() + " (" + s.runCount() + ")")
                .collect(Collectors.joining("; "));
    }

    private static JsonNode settings(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode(); // an unreadable record credits no batch or counting
        }
    }
}
