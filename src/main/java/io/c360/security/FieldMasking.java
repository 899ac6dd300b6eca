package io.c360.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Applies a role's view to an answer, in place: hidden fields go at any depth, and so do list entries that
 * describe a hidden field ({@code {"field": "attributes.phone", ...}} in changed fields and match evidence,
 * {@code {"type": "phone", ...}} in identifiers); pseudonymized fields get keyed pseudonyms for their values,
 * or for their keys when they hold a map (household members by customer id).
 */
public final class FieldMasking {
    private static final List<String> DESCRIBING = List.of("field", "type");

    private final Pseudonyms pseudonyms;

    public FieldMasking(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public JsonNode apply(Role role, JsonNode answer) {
        if (!role.seesEverything()) {
            visit(role, answer);
        }
        return answer;
    }

    private void visit(Role role, JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (role.hidden().contains(name)) {
                    object.remove(name);
                } else if (role.pseudonymized().contains(name)) {
                    object.set(name, pseudonymize(object.get(name)));
                    visit(role, object.get(name));
                } else {
                    visit(role, object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
                JsonNode element = it.next();
                if (describesHidden(role, element)) {
                    it.remove();
                } else {
                    visit(role, element);
                }
            }
        }
    }

    private static boolean describesHidden(Role role, JsonNode element) {
        for (String member : DESCRIBING) {
            JsonNode named = element.get(member);
            if (named != null && named.isTextual()) {
                for (String segment : named.asText().split("\\.")) {
                    if (role.hidden().contains(segment)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private JsonNode pseudonymize(JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf(pseudonyms.of(value.asText()));
        }
        if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(pseudonyms.of(array.get(i).asText())));
                }
            }
            return array;
        }
        if (value instanceof ObjectNode object) {
            ObjectNode renamed = object.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                renamed.set(pseudonyms.of(entry.getKey()), entry.getValue());
            }
            return renamed;
        }
        return value;
    }
}
