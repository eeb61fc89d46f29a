package org.naswot.common;

/**
 * One lock for opening and closing SQLite connections in this process. The window opens and closes connections to
 * one database from several threads at once (a scoring run, the run list, the history's tau computation); a test run
 * once stopped with three threads inside sqlite-jdbc's native open and close calls, all waiting on native mutexes.
 * Opening and closing are rare and fast, so they are simply done one at a time; queries stay concurrent.
 */
public final class SqliteNative {
    /** Hold while calling a connection's open or close. */
    public static final Object LOCK = new Object();

    private SqliteNative() {
    }
}
