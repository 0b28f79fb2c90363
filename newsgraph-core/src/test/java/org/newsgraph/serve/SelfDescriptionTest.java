package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Ontology;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;
import org.newsgraph.testing.SampleStores;
import org.newsgraph.testing.Samples;

/** The server describes itself: VoID at /.well-known/void, a SPARQL Service Description at the endpoints. */
class SelfDescriptionTest {

    private static final String PREFIXES = """
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String DATASET = "<https://w3id.org/newsgraph/void#dataset>";

    @TempDir
    Path folder;

    private GraphStore store;
    private SparqlServer server;
    private String root;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        store = SampleStores.open(folder.resolve("store"), Samples.articleA(), Samples.articleC());
        server = SparqlServer.over(store.dataset()).port(0).license("https://creativecommons.org/licenses/by/4.0/").build().start();
        root = "http://localhost:" + server.port();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    private Graph get(String path, String accept, Lang lang) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(lang.getHeaderString());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(response.body(), lang).base(root + path).parse(graph);
        return graph;
    }

    private static boolean ask(Graph graph, String where) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + "ASK { " + where + " }", ModelFactory.createModelForGraph(graph))) {
            return qe.execAsk();
        }
    }

    private static QuerySolution one(Graph graph, String select) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + select, ModelFactory.createModelForGraph(graph))) {
            var results = qe.execSelect();
            assertThat(results.hasNext()).as(select).isTrue();
            return results.next();
        }
    }

    private long count(String where) {
        return new QueryRunner(store.dataset()).select("SELECT (COUNT(*) AS ?n) { " + where + " }").next()
                .getLiteral("n").getLong();
    }

    @Test
    void voidGivesSizesPartitionsGraphsLicenceEndpointAndExamples() throws Exception {
        Graph description = get("/.well-known/void", "text/turtle", Lang.TURTLE);
        String endpoint = root + "/newsgraph/sparql";
        assertThat(ask(description, DATASET + """
                 a void:Dataset ; dcterms:title ?title ;
                    dcterms:license <https://creativecommons.org/licenses/by/4.0/> ;
                    void:sparqlEndpoint <%s> ; void:uriSpace "https://w3id.org/newsgraph/id/" ;
                    void:vocabulary <https://w3id.org/newsgraph/ontology#> .""".formatted(endpoint))).isTrue();

        QuerySolution sizes = one(description, "SELECT * { " + DATASET + """
                 void:triples ?triples ; void:entities ?entities ; void:classes ?classes ; void:properties ?properties ;
                    void:distinctSubjects ?subjects ; void:distinctObjects ?objects }""");
        assertThat(sizes.getLiteral("triples").getLong()).isEqualTo(store.tripleCount()).isGreaterThan(100);
        assertThat(sizes.getLiteral("properties").getLong()).isEqualTo(count("SELECT DISTINCT ?p { ?s ?p ?o }"));
        assertThat(sizes.getLiteral("classes").getLong()).isEqualTo(count("SELECT DISTINCT ?c { ?s a ?c }"));
        assertThat(sizes.getLiteral("entities").getLong()).isEqualTo(count(
                "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/newsgraph/id/\")) }"));

        assertThat(ask(description, DATASET + " void:classPartition [ void:class ng:Person ; void:entities 2 ]")).isTrue();
        assertThat(ask(description, DATASET + " void:propertyPartition [ void:property ng:holder ; void:triples 2 ]")).isTrue();
        for (String graph : new String[] {Iris.graph(Samples.A).getURI(), Iris.graph("article-c").getURI(), Ontology.GRAPH.getURI()}) {
            assertThat(ask(description, DATASET + " void:subset [ sd:name <" + graph + "> ; void:triples ?n ] FILTER(?n > 10)"))
                    .as(graph).isTrue();
        }
        assertThat(ask(description, DATASET + " void:exampleResource <" + Iris.entity(Samples.VENTURINI).getURI() + ">")).isTrue();
        assertThat(ask(description, DATASET + " void:exampleResource ?f FILTER(STRSTARTS(STR(?f), \"" + Iris.ID
                + "fact/role/\"))")).isTrue();

        Graph jsonld = get("/void", "application/ld+json", Lang.JSONLD);
        assertThat(jsonld.isIsomorphicWith(description)).as("/void, where the dataset IRI resolves, says the same").isTrue();
    }

    @Test
    void theEndpointWithoutAQueryAnswersItsServiceDescription() throws Exception {
        for (String endpoint : new String[] {"/newsgraph/sparql", "/newsgraph/query"}) {
            Graph sd = get(endpoint, null, Lang.TURTLE);
            String iri = "<" + root + endpoint + ">";
            assertThat(ask(sd, iri + """
                     a sd:Service ; sd:endpoint %s ; sd:supportedLanguage sd:SPARQL11Query ;
                        sd:feature sd:UnionDefaultGraph ;
                        sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> ;
                        sd:defaultDataset %s .
                    %s sd:defaultGraph [ void:triples ?n ] .""".formatted(iri, DATASET, DATASET))).as(endpoint).isTrue();
            for (String graph : new String[] {Iris.graph(Samples.A).getURI(), Ontology.GRAPH.getURI()}) {
                assertThat(ask(sd, DATASET + " sd:namedGraph [ a sd:NamedGraph ; sd:name <" + graph + "> ]")).as(graph).isTrue();
            }
            Graph xml = get(endpoint, "application/rdf+xml", Lang.RDFXML);
            assertThat(xml.isIsomorphicWith(sd)).isTrue();
        }
    }
}
