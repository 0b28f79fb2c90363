package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Literal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.testing.Samples;
import org.newsgraph.vocab.NG;

class QueriesTest {

    @TempDir
    static Path folder;

    private static GraphStore store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = GraphStore.open(folder.resolve("store"));
        FactMapper mapper = new FactMapper();
        store.replace(Map.of(Samples.A, mapper.toGraph(Samples.articleA()), Samples.B, mapper.toGraph(Samples.articleB()),
                "article-c", mapper.toGraph(Samples.articleC())));
        runner = new QueryRunner(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private record Result(List<String> columns, List<QuerySolution> rows) {
        QuerySolution row(String column, String value) {
            return rows.stream().filter(r -> r.contains(column) && text(r.get(column)).equals(value)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
        }
    }

    /** A value as text: a literal's lexical form (labels are tagged @en), an IRI itself. */
    private static String text(org.apache.jena.rdf.model.RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static Result run(String name, Map<String, Node> parameters) {
        ResultSetRewindable results = runner.select(QueryRunner.canned(name), parameters);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return new Result(results.getResultVars(), rows);
    }

    private static Result run(String name) {
        return run(name, Map.of());
    }

    private static void assertLiteral(QuerySolution row, String column, String lexical, XSDDatatype type) {
        Literal literal = row.getLiteral(column);
        assertThat(literal.getLexicalForm()).as(column).isEqualTo(lexical);
        assertThat(literal.getDatatypeURI()).as(column + " datatype").isEqualTo(type.getURI());
    }

    @Test
    void everyQueryFileStartsWithACommentAndParses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(p -> p.toString().endsWith(".rq")).toList();
            assertThat(queries).hasSize(19);
            for (Path file : queries) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).startsWith("# ");
                String name = file.getFileName().toString().replace(".rq", "");
                assertThat(QueryRunner.canned(name)).isEqualTo(text);
                if (name.startsWith("federated-")) {
                    org.apache.jena.query.QueryFactory.create(text); // parse only: SERVICE needs the network
                } else if (org.apache.jena.query.QueryFactory.create(text).isConstructType()) {
                    // void, service-description: Turtle that parses and says something
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    runner.run(text, QueryRunner.Format.TABLE, out);
                    org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                    org.apache.jena.riot.RDFParser.fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8),
                            org.apache.jena.riot.Lang.TURTLE).parse(graph);
                    assertThat(graph.size()).as(name).isGreaterThan(5);
                } else {
                    runner.select(text);
                }
            }
        }
    }

    @Test
    void roles() {
        Result r = run("roles");
        assertThat(r.columns()).containsExactly("person", "personLabel", "role", "roleLabel", "org", "orgLabel", "start",
                "end", "status", "sources");
        assertThat(r.rows()).hasSize(2);
        QuerySolution kostova = r.row("personLabel", "Mirela Kostova");
        assertThat(kostova.getResource("role").getURI()).startsWith(Iris.ID + "office/");
        assertThat(kostova.getLiteral("roleLabel").getString()).isEqualTo("Secretary General");
        assertThat(kostova.getLiteral("orgLabel").getString()).isEqualTo("Northern Alliance");
        assertLiteral(kostova, "start", "2021-03-01", XSDDatatype.XSDdate);
        assertLiteral(kostova, "end", "2024", XSDDatatype.XSDgYear);
        assertThat(kostova.getLiteral("status").getString()).isEqualTo("former");
        assertThat(kostova.getLiteral("sources").getString()).isEqualTo("article-a article-b");
        QuerySolution venturini = r.row("personLabel", "Aldo Venturini");
        assertThat(venturini.getLiteral("status").getString()).isEqualTo("designate");
        assertThat(venturini.contains("start")).isFalse();
        assertThat(venturini.getLiteral("roleLabel").getString()).isEqualTo("Envoy");
        assertThat(venturini.getLiteral("orgLabel").getString()).isEqualTo("Valdoria");
        assertThat(venturini.getLiteral("sources").getString()).isEqualTo("article-c");
    }

    @Test
    void successions() {
        Result r = run("successions");
        assertThat(r.columns()).containsExactly("successor", "successorLabel", "predecessor", "predecessorLabel", "role",
                "roleLabel", "org", "orgLabel", "date", "sources");
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.getLiteral("successorLabel").getString()).isEqualTo("Mirela Kostova");
            assertThat(row.getLiteral("predecessorLabel").getString()).isEqualTo("Aldo Venturini");
            assertThat(row.getLiteral("roleLabel").getString()).isEqualTo("Secretary General");
            assertThat(row.contains("date")).isFalse();
            assertThat(row.getLiteral("sources").getString()).isEqualTo("article-a");
        });
    }

    @Test
    void endorsements() {
        Result r = run("endorsements");
        assertThat(r.columns()).containsExactly("endorser", "endorserLabel", "target", "targetLabel", "targetKind",
                "polarity", "sources");
        assertThat(r.rows()).hasSize(3);
        QuerySolution candidacy = r.row("targetKind", "candidacy");
        assertThat(candidacy.getLiteral("endorserLabel").getString()).isEqualTo("Valdoria");
        assertThat(candidacy.getLiteral("targetLabel").getString()).isEqualTo("Kostova candidacy");
        assertThat(candidacy.getLiteral("polarity").getString()).isEqualTo("support");
        QuerySolution person = r.row("targetKind", "person");
        assertThat(person.getResource("target").getURI()).isEqualTo(Iris.entity(Samples.KOSTOVA).getURI());
        QuerySolution policy = r.row("targetKind", "policy");
        assertThat(policy.getLiteral("polarity").getString()).isEqualTo("oppose");
        assertThat(policy.getLiteral("sources").getString()).isEqualTo("article-c");
    }

    @Test
    void spendingTargets() {
        Result r = run("spending-targets");
        assertThat(r.columns()).containsExactly("actor", "actorLabel", "percent", "scope", "deadline", "status", "sources",
                "country", "countryLabel");
        assertThat(r.rows()).hasSize(2);
        QuerySolution valdoria = r.row("actorLabel", "Valdoria");
        assertLiteral(valdoria, "percent", "2.5", XSDDatatype.XSDdecimal);
        assertThat(valdoria.getLiteral("scope").getString()).isEqualTo("total");
        assertLiteral(valdoria, "deadline", "2030", XSDDatatype.XSDgYear);
        assertThat(valdoria.getLiteral("status").getString()).isEqualTo("pledged");
        assertThat(valdoria.getLiteral("sources").getString()).isEqualTo("article-a article-b");
        assertThat(valdoria.getLiteral("countryLabel").getString()).isEqualTo("Valdoria");
        QuerySolution alliance = r.row("actorLabel", "Northern Alliance");
        assertThat(alliance.getLiteral("percent").getDouble()).isEqualTo(3.0);
        assertThat(alliance.getLiteral("scope").getString()).isEqualTo("core");
        assertThat(alliance.getLiteral("status").getString()).isEqualTo("proposed");
        assertThat(alliance.contains("deadline")).isFalse();
        assertThat(alliance.contains("country")).isFalse();
    }

    @Test
    void wikidataLinks() {
        Result r = run("wikidata-links");
        assertThat(r.columns()).containsExactly("entity", "wikidata");
        assertThat(r.rows()).extracting(row -> row.getResource("wikidata").getURI()).containsExactlyInAnyOrder(
                "http://www.wikidata.org/entity/Q990000101", "http://www.wikidata.org/entity/Q990000201",
                "http://www.wikidata.org/entity/Q990000301", "http://www.wikidata.org/entity/Q990000401");
    }

    @Test
    void evidenceAboutAnEntityListsItsFactsWithTheirSentences() {
        Result r = run("evidence-about", Map.of("resource", Iris.entity(Samples.VENTURINI)));
        assertThat(r.columns()).containsExactly("fact", "kind", "role", "sentence", "articleId", "evidence");
        assertThat(r.rows()).extracting(row -> row.getResource("role").getLocalName())
                .containsExactlyInAnyOrder("predecessor", "holder");
        assertThat(r.rows()).extracting(row -> row.getLiteral("sentence").getString()).containsExactlyInAnyOrder(
                "She succeeded Aldo Venturini at a meeting in Orsk-on-Lake.", "Aldo Venturini was named Envoy of Valdoria.");
        Node fact = r.rows().get(0).getResource("fact").asNode();
        Result itself = run("evidence-about", Map.of("resource", fact));
        assertThat(itself.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.contains("role")).isFalse());
    }

    @Test
    void factEvidence() {
        Result r = run("fact-evidence");
        assertThat(r.columns()).containsExactly("fact", "kind", "articleId", "sentenceText", "sentenceBegin", "sentenceEnd",
                "spanBegin", "spanEnd", "extractor", "confidence");
        assertThat(r.rows()).hasSize(11);
        QuerySolution succession = r.row("kind", "succession");
        assertLiteral(succession, "sentenceBegin", "80", XSDDatatype.XSDinteger);
        assertLiteral(succession, "spanBegin", "80", XSDDatatype.XSDinteger);
        assertLiteral(succession, "spanEnd", "108", XSDDatatype.XSDinteger);
        assertLiteral(succession, "confidence", "0.8", XSDDatatype.XSDdecimal);
        assertThat(succession.getLiteral("extractor").getString()).isEqualTo("succeeded");
    }

    @Test
    void entityWithAParameter() {
        Node kostova = Iris.entity(Samples.KOSTOVA);
        Result r = run("entity", Map.of("entity", kostova));
        assertThat(r.columns()).containsExactly("direction", "property", "value", "valueLabel");
        assertThat(r.rows()).anySatisfy(row -> {
            assertThat(row.getLiteral("direction").getString()).isEqualTo("out");
            assertThat(row.getResource("property").getURI()).isEqualTo("http://www.w3.org/2000/01/rdf-schema#label");
            assertThat(row.getLiteral("value").getString()).isEqualTo("Mirela Kostova");
        });
        assertThat(r.rows()).anySatisfy(row -> {
            assertThat(row.getLiteral("direction").getString()).isEqualTo("in");
            assertThat(row.getResource("property").getURI()).isEqualTo(NG.holder.getURI());
        });

        ParameterizedSparqlString pss = new ParameterizedSparqlString(QueryRunner.canned("entity"));
        pss.setIri("entity", kostova.getURI());
        ResultSetRewindable viaPss = runner.select(pss.toString());
        assertThat(viaPss.size()).isEqualTo(r.rows().size());
    }

    @Test
    void entitiesNamedFindsAnEntityByAnyOfItsNamesWithOrWithoutAccents() {
        String text = "Prime Minister Ilona Várady arrived. Várady backed the plan of the Harbour Defence College (HDC).";
        org.newsgraph.extract.ArticleFacts article = new org.newsgraph.extract.ArticleFacts(
                org.newsgraph.ingest.Article.of("named", text),
                List.of(org.newsgraph.nlp.Entity.of(org.newsgraph.nlp.EntityKind.PERSON, "Ilona Várady"),
                        org.newsgraph.nlp.Entity.of(org.newsgraph.nlp.EntityKind.ORGANIZATION, "Harbour Defence College")), List.of());
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.sparql.core.DatasetGraphFactory.wrap(new FactMapper().toGraph(article));
        QueryRunner named = new QueryRunner(dataset);

        for (String name : List.of("VARADY", "Várady", "ilona varady")) {
            ResultSetRewindable found = org.apache.jena.system.Txn.calculateRead(dataset,
                    () -> named.select(QueryRunner.canned("entities-named"), Map.of("name", NodeFactory.createLiteralString(name))));
            assertThat(found.getResultVars()).containsExactly("entity", "type", "label", "matched");
            assertThat(found.next().getLiteral("label").getString()).as(name).isEqualTo("Ilona Várady");
        }
        ResultSetRewindable acronym = org.apache.jena.system.Txn.calculateRead(dataset,
                () -> named.select(QueryRunner.canned("entities-named"), Map.of("name", NodeFactory.createLiteralString("hdc"))));
        assertThat(acronym.next().getLiteral("type").getString()).isEqualTo("organization");
    }

    @Test
    void officeHoldersOnADate() {
        Node on2022 = NodeFactory.createLiteralDT("2022-05-01", XSDDatatype.XSDdate);
        Result r = run("office-holders-on-date", Map.of("date", on2022));
        assertThat(r.columns()).containsExactly("person", "personLabel", "role", "roleLabel", "org", "orgLabel", "start",
                "end");
        assertThat(r.rows()).singleElement().satisfies(row -> {
            assertThat(row.getLiteral("personLabel").getString()).isEqualTo("Mirela Kostova");
            assertLiteral(row, "start", "2021-03-01", XSDDatatype.XSDdate);
        });
        assertThat(run("office-holders-on-date", Map.of("date", NodeFactory.createLiteralDT("2024-12-31",
                XSDDatatype.XSDdate))).rows()).hasSize(1);
        assertThat(run("office-holders-on-date", Map.of("date", NodeFactory.createLiteralDT("2021-02-28",
                XSDDatatype.XSDdate))).rows()).isEmpty();
        assertThat(run("office-holders-on-date", Map.of("date", NodeFactory.createLiteralDT("2025-01-01",
                XSDDatatype.XSDdate))).rows()).isEmpty();

        ParameterizedSparqlString pss = new ParameterizedSparqlString(QueryRunner.canned("office-holders-on-date"));
        pss.setLiteral("date", "2022-05-01", XSDDatatype.XSDdate);
        assertThat(runner.select(pss.toString()).size()).isEqualTo(1);
    }

    @Test
    void disagreements() {
        Result r = run("disagreements");
        assertThat(r.columns()).containsExactly("fact", "type", "attribute", "value1", "sources1", "value2", "sources2");
        assertThat(r.rows()).hasSize(2);
        QuerySolution status = r.row("attribute", NG.status.getURI());
        assertThat(status.getResource("value1")).isEqualTo(NG.Current);
        assertThat(status.getLiteral("sources1").getString()).isEqualTo("article-a");
        assertThat(status.getResource("value2")).isEqualTo(NG.Former);
        assertThat(status.getLiteral("sources2").getString()).isEqualTo("article-b");
        QuerySolution deadline = r.row("attribute", NG.deadline.getURI());
        assertLiteral(deadline, "value1", "2030", XSDDatatype.XSDgYear);
        assertLiteral(deadline, "value2", "2031", XSDDatatype.XSDgYear);
    }
}
