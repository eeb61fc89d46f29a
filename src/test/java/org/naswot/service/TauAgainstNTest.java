package org.naswot.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tau against n: the grid of n, and each point's tau against a direct O(n^2) count of concordant pairs. */
class TauAgainstNTest {

    @Test
    void stepsFollowTheOneTwoFiveGridAndEndAtTheRunSize() {
        assertEquals(List.of(10, 20, 50, 100, 200, 500, 1000, 1234), TauAgainstN.steps(1234));
        assertEquals(List.of(10, 20, 50, 100), TauAgainstN.steps(100));
        assertEquals(List.of(7), TauAgainstN.steps(7));
        assertEquals(List.of(), TauAgainstN.steps(1));
    }

    @Test
    void eachPointIsKendallsTauOverTheFirstNPairs() {
        Random rnd = new Random(7);
        int size = 230;
        double[] score = new double[size];
        double[] acc = new double[size];
        for (int i = 0; i < size; i++) {
            acc[i] = Math.round(rnd.nextDouble() * 40) / 2.0; // ties in accuracy, as in the benchmarks
            score[i] = acc[i] + rnd.nextGaussian() * (i < 100 ? 1 : 20); // agreement fades after the first 100
        }
        score[3] = Double.NaN; // left out, as everywhere
        List<TauAgainstN.Point> points = TauAgainstN.of(score, acc);
        assertEquals(List.of(10, 20, 50, 100, 200, 230), points.stream().map(TauAgainstN.Point::n).toList());
        for (TauAgainstN.Point p : points) {
            assertEquals(p.n() - 1, p.pairs(), "the NaN score's pair is left out");
            assertEquals(directTauB(score, acc, p.n()), p.tau(), 1e-12, "n = " + p.n());
        }
        assertTrue(points.get(3).tau() > points.get(5).tau() + 0.1, "the fading agreement shows: " + points);
    }

    /** Kendall's tau-b by counting every pair among the first n with no NaN. */
    private static double directTauB(double[] x, double[] y, int n) {
        long concordant = 0;
        long discordant = 0;
        long onlyX = 0; // tied in x alone: not counted against y's pairs
        long onlyY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (Double.isNaN(x[i]) || Double.isNaN(x[j]) || Double.isNaN(y[i]) || Double.isNaN(y[j])) {
                    continue;
                }
                double dx = Math.signum(x[i] - x[j]);
                double dy = Math.signum(y[i] - y[j]);
                if (dx == 0 && dy == 0) {
                    continue; // tied in both: in neither denominator
                } else if (dx == 0) {
                    onlyX++;
                } else if (dy == 0) {
                    onlyY++;
                } else if (dx == dy) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        long pairs = concordant + discordant;
        // tau-b: (C - D) / sqrt((n0 - n1)(n0 - n2)), n1 and n2 the pairs tied in x and in y
        return (concordant - discordant) / Math.sqrt((double) (pairs + onlyY) * (pairs + onlyX));
    }
}
