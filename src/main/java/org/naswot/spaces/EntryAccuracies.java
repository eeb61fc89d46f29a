package org.naswot.spaces;

/**
 * Accuracies that come with a space's imported entries: {@code values[i]} is entry i's, in the one column the space
 * has.
 *
 * @param source  where they were imported from, for provenance ("" when nothing is imported)
 * @param missing what to do when nothing is imported (values empty)
 */
public record EntryAccuracies(String column, double[] values, String source, String missing) {
}
