package org.newsgraph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.exceptions.AssemblerException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.LinkIndexMapper;
import org.newsgraph.rdf.LinkInputs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

class ServedDatasetAssemblerTest {

    @TempDir
    Path folder;

    @Test
    void aServedDatasetDescriptionGivesTheViewNewsgraphServeServes() {
        try (GraphStore store = GraphStore.open(folder)) {
            store.replace(Samples.A, new FactMapper().toGraph(Samples.articleA()));
            store.replaceGraph(LinkIndexMapper.GRAPH, new LinkIndexMapper().toGraph(LinkEvidence.of(Samples.articleA())));
            store.replaceGraph(LinkInputs.GRAPH,
                    new LinkInputs().toGraph(Samples.A, new LinkInputs.Entry(Samples.articleA(), Set.of("kostova"))));
        }

        DatasetGraph served = assemble("""
                PREFIX ngf:  <https://w3id.org/newsgraph/fuseki#>
                PREFIX tdb2: <http://jena.apache.org/2016/tdb#>
                <#served> a ngf:ServedDataset ; ngf:dataset <#store> .
                <#store> a tdb2:DatasetTDB2 ; tdb2:location "%s" .
                """.formatted(folder.toAbsolutePath().toString().replace("\\", "/")));

        Txn.executeRead(served, () -> {
            assertThat(served.getDefaultGraph().isIsomorphicWith(new FactMapper().toGraph(Samples.articleA())))
                    .as("the default graph is the article graph alone, without the link index").isTrue();
            assertThat(served.getUnionGraph().isIsomorphicWith(served.getDefaultGraph())).isTrue();
            assertThat(served.getGraph(Iris.graph(Samples.A)).isEmpty()).as("the article graph by name").isFalse();
            for (String query : new String[] {"ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?p), ?ns)) }", "ASK { GRAPH ?index { ?s ?p ?o } }",
                    "ASK { GRAPH ?inputs { ?s ?p ?o } }"}) {
                ParameterizedSparqlString ask = new ParameterizedSparqlString(query);
                ask.setLiteral("ns", LinkIndexMapper.NS);
                ask.setParam("index", LinkIndexMapper.GRAPH);
                ask.setParam("inputs", LinkInputs.GRAPH);
                try (QueryExec exec = QueryExec.dataset(served).query(ask.toString()).build()) {
                    assertThat(exec.ask()).as(query).isFalse();
                }
            }
            try (QueryExec exec = QueryExec.dataset(served).query("ASK { ?s ?p ?o }").build()) {
                assertThat(exec.ask()).as("queries see the union default graph").isTrue();
            }
        });
    }

    @Test
    void aServedDatasetWithoutOneStoreIsOneClearError() {
        assertThatThrownBy(() -> assemble("""
                PREFIX ngf: <https://w3id.org/newsgraph/fuseki#>
                <#served> a ngf:ServedDataset .
                """)).isInstanceOf(AssemblerException.class)
                .hasMessageContaining("a ngf:ServedDataset needs exactly one ngf:dataset, the store it serves")
                .hasMessageContaining("http://example.org/config#served has 0");
        assertThatThrownBy(() -> assemble("""
                PREFIX ngf: <https://w3id.org/newsgraph/fuseki#>
                <#served> a ngf:ServedDataset ; ngf:dataset "store" .
                """)).isInstanceOf(AssemblerException.class)
                .hasMessageContaining("ngf:dataset must name a dataset description, but was: store");
    }

    /** The dataset {@code <#served>} of a Turtle assembler description, opened as Fuseki opens its configuration's. */
    private static DatasetGraph assemble(String turtle) {
        Model description = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).base("http://example.org/config").parse(description);
        AssemblerUtils.prepareForAssembler(description);
        Dataset dataset = (Dataset) Assembler.general().open(description.getResource("http://example.org/config#served"));
        return dataset.asDatasetGraph();
    }
}
