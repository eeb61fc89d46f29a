package org.naswot.space.declarative;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for the keywords {@code spaces/schema/space.schema.json} uses (type, properties, required,
 * additionalProperties: false, enum, const, pattern, minimum, maximum, minItems, maxItems, items, $ref to #/$defs,
 * allOf, if/then). No schema library resolves offline here, and this subset gives one-line errors naming the field's
 * path and what was expected.
 */
final class SchemaValidator {
    private final JsonNode root;

    SchemaValidator(JsonNode schema) {
        this.root = schema;
    }

    /** The first violation, as "$.macro.stages[1].channels: expected an integer >= 1, found -3"; empty when valid. */
    Optional<String> firstError(JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(root, value, "$", errors);
        return errors.stream().findFirst();
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String path = ref.asText();
        if (!path.startsWith("#/")) {
            throw new IllegalStateException("only local $ref is supported: " + path);
        }
        JsonNode target = root.at(path.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalStateException("dangling $ref " + path);
        }
        return resolve(target);
    }

    private boolean valid(JsonNode schema, JsonNode value, String path) {
        List<String> errors = new ArrayList<>();
        check(schema, value, path, errors);
        return errors.isEmpty();
    }

    private void check(JsonNode rawSchema, JsonNode value, String path, List<String> errors) {
        if (!errors.isEmpty()) {
            return;
        }
        JsonNode schema = resolve(rawSchema);
        JsonNode type = schema.get("type");
        if (type != null && !hasType(value, type.asText())) {
            errors.add(path + ": expected " + article(type.asText()) + describeBounds(schema) + ", found "
                    + shown(value));
            return;
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !constant.equals(value)) {
            errors.add(path + ": expected " + constant + ", found " + shown(value));
            return;
        }
        JsonNode choices = schema.get("enum");
        if (choices != null && !contains(choices, value)) {
            errors.add(path + ": expected one of " + joined(choices) + ", found " + shown(value));
            return;
        }
        if (value.isNumber()) {
            checkBounds(schema, value, path, errors);
        }
        if (value.isTextual() && schema.has("pattern")
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            errors.add(path + ": expected a text matching " + schema.get("pattern").asText() + ", found "
                    + shown(value));
            return;
        }
        if (value.isArray()) {
            checkArray(schema, value, path, errors);
        }
        if (value.isObject()) {
            checkObject(schema, value, path, errors);
        }
        JsonNode all = schema.get("allOf");
        if (all != null) {
            for (JsonNode part : all) {
                check(part, value, path, errors);
            }
        }
        JsonNode condition = schema.get("if");
        if (condition != null && valid(condition, value, path) && schema.has("then")) {
            check(schema.get("then"), value, path, errors);
        }
    }

    private void checkBounds(JsonNode schema, JsonNode value, String path, List<String> errors) {
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        if ((min != null && value.asDouble() < min.asDouble()) || (max != null && value.asDouble() > max.asDouble())) {
            String type = schema.has("type") ? schema.get("type").asText() : "number";
            errors.add(path + ": expected " + article(type) + describeBounds(schema) + ", found " + shown(value));
        }
    }

    private void checkArray(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
            errors.add(path + ": expected at least " + schema.get("minItems").asInt() + " item(s), found "
                    + value.size());
            return;
        }
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
            errors.add(path + ": expected at most " + schema.get("maxItems").asInt() + " items, found "
                    + value.size());
            return;
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            for (int i = 0; i < value.size(); i++) {
                check(items, value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> errors) {
        JsonNode properties = schema.get("properties");
        JsonNode required = schema.get("required");
        if (required != null) {
            for (JsonNode name : required) {
                if (!value.has(name.asText())) {
                    errors.add(path + ": missing required field \"" + name.asText() + "\""
                            + (properties != null && properties.has(name.asText())
                            ? expectation(properties.get(name.asText())) : ""));
                    return;
                }
            }
        }
        boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode fieldSchema = properties == null ? null : properties.get(field.getKey());
            if (fieldSchema == null) {
                if (closed) {
                    errors.add(path + ": unknown field \"" + field.getKey() + "\" (expected one of "
                            + String.join(", ", names(properties)) + ")");
                    return;
                }
                continue;
            }
            check(fieldSchema, field.getValue(), path + "." + field.getKey(), errors);
        }
    }

    private String expectation(JsonNode property) {
        JsonNode p = resolve(property);
        if (p.has("enum")) {
            return " (one of " + joined(p.get("enum")) + ")";
        }
        if (p.has("type")) {
            return " (" + article(p.get("type").asText()) + describeBounds(p) + ")";
        }
        return "";
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        if (properties != null) {
            properties.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalStateException("unknown schema type " + type);
        };
    }

    private static String article(String type) {
        return switch (type) {
            case "object" -> "an object";
            case "array" -> "a list";
            case "string" -> "a text";
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static String describeBounds(JsonNode schema) {
        JsonNode min = schema.get("minimum");
        JsonNode max = schema.get("maximum");
        if (min != null && max != null) {
            return " from " + min.asText() + " to " + max.asText();
        }
        if (min != null) {
            return " >= " + min.asText();
        }
        return max != null ? " <= " + max.asText() : "";
    }

    private static boolean contains(JsonNode choices, JsonNode value) {
        for (JsonNode c : choices) {
            if (c.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String joined(JsonNode choices) {
        List<String> out = new ArrayList<>();
        choices.forEach(c -> out.add(c.toString()));
        return String.join(", ", out);
    }

    private static String shown(JsonNode value) {
        String s = value.isObject() ? "an object" : value.isArray() ? "a list" : value.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
