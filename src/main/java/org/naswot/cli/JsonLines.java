package org.naswot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object per line on stdout. Non-finite numbers are not JSON: -infinity (a singular kernel) is
 * written as the string "-inf", NaN (an unknown accuracy) as null.
 */
public final class JsonLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PrintWriter out;

    public JsonLines(PrintWriter out) {
        this.out = out;
    }

    public void print(Map<String, ?> object) {
        try {
            out.println(MAPPER.writeValueAsString(object));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON-safe value for a double. */
    public static Object number(double v) {
        if (v == Double.NEGATIVE_INFINITY) {
            return "-inf";
        }
        if (v == Double.POSITIVE_INFINITY) {
            return "inf";
        }
        return Double.isNaN(v) ? null : v;
    }

    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }
}
