package org.naswot.app.theme;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows a choice box's items by a name of their own (e.g. an enum's command-line spelling); display only. */
public final class NamedConverter {
    private NamedConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
