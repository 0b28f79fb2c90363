package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.export.RdfExporter.Format;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

class RdfExporterTest {

    private static final String BASE = "https://w3id.org/newsgraph/";

    @TempDir
    Path folder;

    private GraphStore store;

    @BeforeEach
    void load() {
        store = GraphStore.open(folder.resolve("store"));
        FactMapper mapper = new FactMapper();
        Graph a = mapper.toGraph(Samples.articleA());
        // A language-tagged literal, to check tags survive the conversion.
        a.add(Triple.create(Iris.article(Samples.A), NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"),
                NodeFactory.createLiteralLang("Ein Beispiel", "de")));
        store.replace(Map.of(Samples.A, a, Samples.B, mapper.toGraph(Samples.articleB())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private byte[] export(Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RdfExporter(store.dataset()).write(format, out);
        return out.toByteArray();
    }

    private Model expectedModel(Format format) {
        return new LinkedHashModel(new RdfExporter(store.dataset()).statements(format.quads()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsBackWithRioAsTheStoresContent(Format format) throws IOException {
        byte[] bytes = export(format);
        Model read = Rio.parse(new ByteArrayInputStream(bytes), BASE, format.rio());
        Model expected = expectedModel(format);
        assertThat(read).hasSize(expected.size());
        assertThat(Models.isomorphic(read, expected)).isTrue();
        if (!format.quads()) {
            assertThat(read.contexts()).containsOnlyNulls();
        } else {
            assertThat(read.contexts()).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsBackWithJenaAsTheStoresContent(Format format) {
        byte[] bytes = export(format);
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case RDFXML -> Lang.RDFXML;
            case TRIG -> Lang.TRIG;
            case NQUADS -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
        };
        if (format.quads()) {
            DatasetGraph read = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE).parse(read);
            DatasetGraph expected = Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                store.dataset().find().forEachRemaining(copy::add);
                return copy;
            });
            assertThat(IsoMatcher.isomorphic(read, expected)).isTrue();
            assertThat(read.getGraph(Iris.graph(Samples.B)).isEmpty()).isFalse();
        } else {
            Graph read = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE).parse(read);
            Graph expected = Txn.calculateRead(store.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
            assertThat(read.isIsomorphicWith(expected)).isTrue();
            assertThat(read.size()).isEqualTo(expected.size());
        }
    }

    @Test
    void keepsDatatypesLanguageTagsAndPrefixes() {
        String turtle = new String(export(Format.TURTLE), StandardCharsets.UTF_8);
        assertThat(turtle).contains("@prefix ng: <https://w3id.org/newsgraph/ontology#>", "@prefix wd:", "@prefix oa:",
                "@prefix schema:", "\"Ein Beispiel\"@de", "\"2021-03\"^^xsd:gYearMonth", "\"2024\"^^xsd:gYear");
        assertThat(export(Format.NQUADS)).isEqualTo(export(Format.NQUADS));
    }

    @Test
    void theBuildsLinkIndexIsLeftOut() {
        org.newsgraph.link.LinkEvidence evidence = org.newsgraph.link.LinkEvidence.of(List.of(Samples.articleA()));
        store.replaceGraph(org.newsgraph.rdf.LinkIndexMapper.GRAPH, new org.newsgraph.rdf.LinkIndexMapper().toGraph(evidence));
        String nquads = new String(export(Format.NQUADS), StandardCharsets.UTF_8);
        assertThat(nquads).contains(Iris.graph(Samples.A).getURI()).doesNotContain(org.newsgraph.rdf.LinkIndexMapper.GRAPH.getURI());
        long indexTriples = org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> store.dataset().getGraph(org.newsgraph.rdf.LinkIndexMapper.GRAPH).size());
        assertThat(indexTriples).as("the index is in the store").isPositive();
        assertThat(new RdfExporter(store.dataset()).statements(false).stream().map(st -> st.getPredicate().stringValue()))
                .allMatch(p -> !p.startsWith("urn:") && !p.contains("link-index"));
    }

    @Test
    void unknownFormatsAreRefused() {
        assertThat(Format.parse("JSON-LD")).isEqualTo(Format.JSONLD);
        assertThatThrownBy(() -> Format.parse("csv")).hasMessageContaining("use turtle, rdfxml, trig, nquads or jsonld");
    }
}
