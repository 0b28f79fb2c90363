package org.newsgraph.wikidata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.store.QueryRunner;

/**
 * The entities Wikidata does not know yet as a CSV for a reconciliation service (OpenRefine's
 * Wikidata reconciliation): one row per person, organisation or office without a Wikidata item,
 * read with the canned query {@code unlinked-entities}. The columns are {@code id} (the entity's
 * IRI), {@code name} (what to reconcile), {@code type} (NewsGraph's kind), {@code wikidata_type}
 * (the class to reconcile against: human, organization or position), {@code country} (to match
 * against the country of citizenship or the country) and {@code description} (what the facts say,
 * for the person who checks a match). A reconciled copy with a {@code qid} column goes back in as
 * a gazetteer ({@code build --gazetteer FILE.csv}).
 */
public final class ReconciliationCsv {

    /** The columns, in order. */
    public static final String[] COLUMNS = {"id", "name", "type", "wikidata_type", "country", "description"};

    /** The Wikidata class each kind reconciles against: human, organization, position. */
    private static final Map<String, String> WIKIDATA_TYPES = Map.of("person", "Q5", "organization", "Q43229", "office", "Q4164871");

    private ReconciliationCsv() {
    }

    /** Writes the unlinked entities of {@code dataset} (its default graph the union) to {@code out} as UTF-8 CSV; returns the row count. */
    public static int write(DatasetGraph dataset, OutputStream out) {
        ResultSetRewindable rows = Txn.calculateRead(dataset,
                () -> new QueryRunner(dataset).select(QueryRunner.canned("unlinked-entities")));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(writer);
            int count = 0;
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String type = text(row, "type");
                csv.printRecord(text(row, "entity"), text(row, "name"), type, WIKIDATA_TYPES.getOrDefault(type, ""),
                        text(row, "country"), text(row, "description"));
                count++;
            }
            csv.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reconciliation CSV: " + e.getMessage(), e);
        }
    }

    private static String text(QuerySolution row, String name) {
        RDFNode node = row.get(name);
        if (node == null) {
            return "";
        }
        return node.isResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
    }
}
