package org.naswot.space.nds;

import com.fasterxml.jackson.databind.JsonNode;
import org.naswot.common.UserFacingException;

/** Reading the numbers of an NDS {@code net} object, with errors that name the field. */
final class NdsJson {
    private NdsJson() {
    }

    static int requiredInt(JsonNode net, String field) {
        JsonNode v = net.get(field);
        if (v == null || !v.isIntegralNumber()) {
            throw new UserFacingException("'net' needs an integer '" + field + "'" + (v == null ? "" : ", found " + v));
        }
        return v.asInt();
    }

    static int[] intField(JsonNode net, String field) {
        return intArray(net.get(field), field);
    }

    static int[] intArray(JsonNode a, String field) {
        if (a == null || !a.isArray()) {
            throw new UserFacingException("AnyNet 'net' needs a list '" + field + "'");
        }
        int[] out = new int[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isIntegralNumber()) {
                throw new UserFacingException("AnyNet '" + field + "' entry " + i + " is " + a.get(i) + ", not an integer");
            }
            out[i] = a.get(i).asInt();
        }
        return out;
    }

    static double[] doubleArray(JsonNode a, String field) {
        if (!a.isArray()) {
            throw new UserFacingException("AnyNet '" + field + "' must be a list of numbers");
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new UserFacingException("AnyNet '" + field + "' entry " + i + " is " + a.get(i) + ", not a number");
            }
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
