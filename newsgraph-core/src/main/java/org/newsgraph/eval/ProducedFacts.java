package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;

/** Reads the facts of a store through the canned queries, as rows with the gold files' columns. */
public final class ProducedFacts {

    private static final Map<FactKind, Map<String, String>> COLUMNS = Map.of(
            FactKind.ROLES, Map.of("person", "personLabel", "role", "roleLabel", "org", "orgLabel", "start", "start", "end", "end", "status", "status", "articles", "sources"),
            FactKind.SUCCESSIONS, Map.of("successor", "successorLabel", "predecessor", "predecessorLabel", "role", "roleLabel", "org", "orgLabel", "date", "date", "articles", "sources"),
            FactKind.ENDORSEMENTS, Map.of("endorser", "endorserLabel", "target", "targetLabel", "target_kind", "targetKind", "polarity", "polarity", "articles", "sources"),
            FactKind.SPENDING_TARGETS, Map.of("actor", "actorLabel", "percent", "percent", "scope", "scope", "deadline", "deadline", "status", "status", "articles", "sources",
                    "country", "countryLabel"));
    private static final Map<FactKind, Map<String, String>> IDS = Map.of(
            FactKind.ROLES, Map.of("person_qid", "person", "org_qid", "org"),
            FactKind.SUCCESSIONS, Map.of("successor_qid", "successor", "predecessor_qid", "predecessor", "org_qid", "org"),
            FactKind.ENDORSEMENTS, Map.of("endorser_qid", "endorser", "target_qid", "target"),
            FactKind.SPENDING_TARGETS, Map.of("actor_qid", "actor", "country_qid", "country"));

    private ProducedFacts() {
    }

    public static Map<FactKind, List<Row>> read(GraphStore store) {
        Map<String, String> wikidata = select(store, QueryRunner.canned("wikidata-links")).stream()
                .collect(HashMap::new, (m, s) -> m.put(s.get("entity").toString(), qid(s.get("wikidata"))), HashMap::putAll);
        Map<FactKind, List<Row>> produced = new EnumMap<>(FactKind.class);
        for (FactKind kind : FactKind.values()) {
            List<Row> rows = new ArrayList<>();
            for (QuerySolution s : select(store, QueryRunner.canned(kind.fileName()))) {
                Map<String, String> cells = new HashMap<>();
                COLUMNS.get(kind).forEach((column, variable) -> cells.put(column, text(s.get(variable))));
                IDS.get(kind).forEach((column, variable) -> {
                    RDFNode node = s.get(variable);
                    cells.put(column, node != null && node.isURIResource() ? wikidata.getOrDefault(node.toString(), "") : "");
                });
                rows.add(new Row(cells));
            }
            produced.put(kind, rows);
        }
        return produced;
    }

    private static List<QuerySolution> select(GraphStore store, String query) {
        List<QuerySolution> rows = new ArrayList<>();
        new QueryRunner(store.dataset()).select(query).forEachRemaining(rows::add);
        return rows;
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String qid(RDFNode node) {
        String iri = node.toString();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
