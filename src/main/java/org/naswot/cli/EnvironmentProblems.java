package org.naswot.cli;

import ai.djl.engine.EngineException;
import org.naswot.common.UserFacingException;

/** Turns failures of the environment (no libtorch, unreadable files) into actionable one-line messages. */
final class EnvironmentProblems {
    private EnvironmentProblems() {
    }

    static UserFacingException translate(Throwable t) {
        if (t instanceof EngineException && !isLoadFailure(t)) {
            // libtorch is loaded and an operation failed (e.g. a shape mismatch): say what libtorch said
            return new UserFacingException("libtorch: " + String.valueOf(t.getMessage()).lines().findFirst()
                    .orElse("operation failed"), t);
        }
        if (t instanceof EngineException || t instanceof UnsatisfiedLinkError) {
            return new UserFacingException("cannot load libtorch: " + t.getMessage()
                    + ". Start through target/naswot (it points PYTORCH_LIBRARY_PATH at the unpacked CPU libtorch), "
                    + "or set PYTORCH_LIBRARY_PATH (and PYTORCH_FLAVOR=cpu or cu128) yourself", t);
        }
        if (t instanceof java.nio.file.NoSuchFileException e) {
            return new UserFacingException("file not found: " + e.getFile(), t);
        }
        if (t instanceof java.nio.file.AccessDeniedException e) {
            return new UserFacingException("permission denied: " + e.getFile(), t);
        }
        return null;
    }

    /** Whether an engine failure is the native library failing to load, rather than an operation failing. */
    static boolean isLoadFailure(Throwable t) {
        String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("load") || m.contains("native") || m.contains("library") || m.contains("no deep learning engine")
                || t.getCause() instanceof UnsatisfiedLinkError;
    }
}
