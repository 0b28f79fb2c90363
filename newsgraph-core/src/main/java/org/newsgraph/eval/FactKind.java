package org.newsgraph.eval;

import java.util.List;

/** The four gold files, with the columns that identify a fact and the column that dates it. */
public enum FactKind {
    ROLES("roles", List.of("person", "role", "org"), "start"),
    SUCCESSIONS("successions", List.of("successor", "predecessor", "role"), "date"),
    ENDORSEMENTS("endorsements", List.of("endorser", "polarity", "target"), null),
    SPENDING_TARGETS("spending-targets", List.of("actor", "percent", "deadline"), null);

    private final String fileName;
    private final List<String> keyColumns;
    private final String dateColumn;

    FactKind(String name, List<String> keyColumns, String dateColumn) {
        this.fileName = name;
        this.keyColumns = keyColumns;
        this.dateColumn = dateColumn;
    }

    /** The gold file's name without ".tsv", also the canned query's name. */
    public String fileName() {
        return fileName;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    /** The column whose agreement is scored apart, or null. */
    public String dateColumn() {
        return dateColumn;
    }
}
