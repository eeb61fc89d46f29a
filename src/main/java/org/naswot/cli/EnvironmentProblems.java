package org.naswot.cli;

import ai.djl.engine.EngineException;
import org.naswot.common.UserFacingException;

/** Turns failures of the environment (no libtorch, unreadable files) into actionable one-line messages. */
final class EnvironmentProblems {
    private EnvironmentProblems() {
    }

    static UserFacingException translate(Throwable t) {
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
}
