package org.naswot.store;

import java.nio.file.Path;

/**
 * Child process of {@link KilledWriterTest}: adds scores to a store forever, printing "committed N" after
 * each commit returns, until it is killed.
 */
public final class KilledWriterMain {
    private KilledWriterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ResultStore store = ResultStore.open(Path.of(args[0]));
        long pauseMillis = Long.parseLong(args[1]);
        long run = store.startRun(StoreFixtures.settings(), "killed writer", null);
        System.out.println("run " + run);
        System.out.flush();
        for (int i = 0; ; i++) {
            store.addScore(run, i % 5 == 4 ? StoreFixtures.singular(i) : StoreFixtures.score(i));
            System.out.println("committed " + i);
            System.out.flush();
            Thread.sleep(pauseMillis);
        }
    }
}
