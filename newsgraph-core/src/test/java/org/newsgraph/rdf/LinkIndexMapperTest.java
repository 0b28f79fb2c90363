package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Succession;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.store.GraphStore;
import org.newsgraph.testing.Samples;

class LinkIndexMapperTest {

    @TempDir
    Path folder;

    private final LinkIndexMapper mapper = new LinkIndexMapper();

    /** Evidence with every part: names with and without Wikidata items, offices with and without organisation, dates of each precision, topics. */
    private static LinkEvidence evidence() {
        Entity kern = Entity.of(EntityKind.PERSON, "Ada Kern-Ørsted");
        Evidence said = new Evidence("d", new Span(0, 4), "Text", new Span(0, 4), "hand-built", 0.9);
        ArticleFacts successions = new ArticleFacts(Article.of("d", "Text"), List.of(kern, Samples.VENTURINI), List.of(
                new Succession(kern, Samples.VENTURINI, Optional.of(new Office("Envoy", Optional.empty())), Optional.of(PartialDate.ofYear(2030)), said),
                new Succession(Samples.VENTURINI, kern, Optional.of(Samples.SECRETARY_GENERAL), Optional.of(new PartialDate(2031, 2, 28)), said)));
        return LinkEvidence.of(List.of(Samples.articleA(), Samples.articleB(), Samples.articleC(), Samples.emojiArticle(), successions));
    }

    @Test
    void evidenceReadBackFromItsGraphIsTheSame() {
        LinkEvidence evidence = evidence();

        assertThat(mapper.fromGraph(mapper.toGraph(evidence))).isEqualTo(evidence);
        assertThat(List.of(evidence.fullNames(), evidence.organisations().keySet(), evidence.starts().keySet(), evidence.ends().keySet(),
                evidence.topics().keySet())).allSatisfy(part -> assertThat(part).isNotEmpty());
    }

    @Test
    void evidenceKeptInAStoreIsReadBackTheSame() {
        LinkEvidence evidence = evidence();
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replaceGraph(LinkIndexMapper.GRAPH, mapper.toGraph(evidence));
        }

        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            LinkEvidence read = Txn.calculateRead(store.dataset(), () -> mapper.fromGraph(store.dataset().getGraph(LinkIndexMapper.GRAPH)));
            assertThat(read).isEqualTo(evidence);
        }
    }

    @Test
    void aWriteMergesItsEvidenceWithWhatAnotherWriteCommittedSinceItRead() {
        LinkEvidence earlier = LinkEvidence.of(Samples.articleA());
        LinkEvidence committedMeanwhile = LinkEvidence.of(Samples.articleB());
        LinkEvidence batch = LinkEvidence.of(Samples.articleC());
        try (GraphStore store = GraphStore.open(folder.resolve("store"))) {
            store.replaceGraph(LinkIndexMapper.GRAPH, mapper.toGraph(earlier));
            store.replaceGraph(LinkIndexMapper.GRAPH, mapper.toGraph(earlier.merge(committedMeanwhile)));
            store.replace(java.util.stream.Stream.empty(), List.of(mapper.merging(batch)));

            LinkEvidence read = Txn.calculateRead(store.dataset(), () -> mapper.fromGraph(store.dataset().getGraph(LinkIndexMapper.GRAPH)));
            assertThat(read).isEqualTo(earlier.merge(committedMeanwhile).merge(batch));
            assertThat(read.fullNames()).containsAll(committedMeanwhile.fullNames()).containsAll(batch.fullNames());
        }
    }

    @Test
    void emptyGraphHoldsNoEvidence() {
        assertThat(mapper.fromGraph(GraphFactory.createDefaultGraph())).isEqualTo(LinkEvidence.EMPTY);
        assertThat(mapper.fromGraph(mapper.toGraph(LinkEvidence.EMPTY))).isEqualTo(LinkEvidence.EMPTY);
    }

    @Test
    void entryWithoutItsPersonIsRejectedWithWhatIsMissing() {
        Graph graph = mapper.toGraph(evidence());
        graph.find(Node.ANY, NodeFactory.createURI(LinkIndexMapper.NS + "agent"), Node.ANY).toList().forEach(graph::delete);

        assertThatThrownBy(() -> mapper.fromGraph(graph)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 0 values of agent where one was expected");
    }

    @Test
    void indexIsNoArticleGraphAndUsesNoTermOfTheOntology() {
        assertThat(LinkIndexMapper.GRAPH.getURI()).doesNotStartWith(Iris.GRAPH);
        assertThat(mapper.toGraph(evidence()).find().toList()).extracting(Triple::getPredicate)
                .allSatisfy(p -> assertThat(p.equals(RDF.type.asNode()) || p.getURI().startsWith(LinkIndexMapper.NS)).as("%s", p).isTrue());
    }
}
