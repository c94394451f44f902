package org.coplan.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the text of a child collection: {@code [a,b]} for children of one column (ids, which hold no
 * commas), a JSON array of arrays for children of several ({@code [["2025-01-01","New Year"]]}).
 */
final class ChildText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChildText() {
    }

    /** The children's value texts, each list {@code columns} long; {@code null} values stay {@code null}. */
    static List<List<String>> parse(String text, int columns) {
        if (text == null || !text.startsWith("[") || !text.endsWith("]")) {
            throw new IllegalArgumentException("not a list: " + text);
        }
        String inner = text.substring(1, text.length() - 1);
        List<List<String>> rows = new ArrayList<>();
        if (inner.isEmpty()) {
            return rows;
        }
        if (columns == 1) {
            for (String value : inner.split(",", -1)) {
                rows.add(List.of(value));
            }
            return rows;
        }
        try {
            for (JsonNode child : JSON.readTree(text)) {
                if (!child.isArray() || child.size() != columns) {
                    throw new IllegalArgumentException("a child needs " + columns + " values: " + child);
                }
                List<String> values = new ArrayList<>(columns);
                child.forEach(value -> values.add(value.isNull() ? null : value.asText()));
                rows.add(values);
            }
        } catch (JsonProcessingException damaged) {
            throw new IllegalArgumentException("not a list of children: " + damaged.getOriginalMessage());
        }
        return rows;
    }
}
