package org.naswot.data.download;

/** Bytes transferred so far (including a resumed prefix) out of the total, -1 when unknown. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long bytesDone, long bytesTotal);
}
