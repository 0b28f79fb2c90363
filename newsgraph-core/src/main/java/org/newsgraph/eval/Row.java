package org.newsgraph.eval;

import java.util.Map;
import java.util.stream.Collectors;

/** One fact as a row of named cells, gold or produced; a missing cell reads as empty. */
public record Row(Map<String, String> cells) {

    public Row {
        cells = Map.copyOf(cells);
    }

    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    /** The row's key cells, for messages. */
    public String describe(FactKind kind) {
        return kind.keyColumns().stream().map(this::get).collect(Collectors.joining(" | "));
    }
}
