package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsGraphException;

/** Reads a gold folder: roles.tsv, successions.tsv, endorsements.tsv, spending-targets.tsv (see eval/GOLD-FORMAT.md). */
public final class GoldReader {

    /** Last columns a row may leave off (spending targets' {@code country}). */
    private static final Set<String> OPTIONAL_LAST = Set.of("country");

    private GoldReader() {
    }

    /** The rows of each gold file in {@code folder}; a missing file is an error naming it. */
    public static Map<FactKind, List<Row>> read(Path folder) {
        Map<FactKind, List<Row>> gold = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            gold.put(kind, readFile(folder.resolve(kind.fileName() + ".tsv")));
        }
        return gold;
    }

    static List<Row> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsGraphException(file + ": gold file cannot be read (" + e.getMessage() + "); a gold folder holds roles.tsv, successions.tsv, endorsements.tsv and spending-targets.tsv");
        }
        if (lines.isEmpty()) {
            throw new NewsGraphException(file + ": gold file has no header line");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length == header.length - 1 && OPTIONAL_LAST.contains(header[header.length - 1].trim())) {
                cells = Arrays.copyOf(cells, header.length); // an optional last column left off: empty
                cells[cells.length - 1] = "";
            }
            if (cells.length != header.length) {
                throw new NewsGraphException(file + ":" + (i + 1) + ": " + cells.length + " cells, but the header has " + header.length);
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.length; c++) {
                row.put(header[c].trim(), cells[c].trim());
            }
            rows.add(new Row(row));
        }
        return rows;
    }
}
