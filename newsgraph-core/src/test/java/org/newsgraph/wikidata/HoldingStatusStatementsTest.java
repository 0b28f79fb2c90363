package org.newsgraph.wikidata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.testing.Samples;
import org.newsgraph.wikidata.WikidataFacts.PositionStatement;
import org.newsgraph.wikidata.WikidataFacts.Reason;
import org.newsgraph.wikidata.WikidataFacts.Reference;

/** How the text's "former" and "designate" reach Wikidata, and quotations that hold quotation marks. */
class HoldingStatusStatementsTest {

    private static final String QUOTE = "Former Secretary General Mirela Kostova said \"the door stays open\".";

    private static PositionStatement statement(boolean ended) {
        Reference reference = new Reference(Optional.empty(), Optional.empty(), Optional.empty(), QUOTE);
        return new PositionStatement("https://w3id.org/newsgraph/id/fact/role/x", "Q990000101", "Mirela Kostova", "Q990000401",
                "Secretary General of the Northern Alliance", Optional.empty(), Optional.empty(), ended, new TreeSet<>(),
                new TreeSet<>(), List.of(reference));
    }

    @Test
    void aFormerHoldingWithoutADateEndsAtAnUnknownTime() {
        assertThat(new QuickStatementsWriter().lines(statement(true))).containsExactly(
                "Q990000101\tP39\tQ990000401\tP582\tsomevalue\tS1683\ten:\"" + QUOTE + "\"");
        Graph graph = new WikidataMapper().toGraph(new WikidataFacts(List.of(statement(true)), List.of()));
        Node endTime = Wikibase.property(Wikibase.PQ, Wikibase.END_TIME);
        assertThat(graph.find(Node.ANY, endTime, Node.ANY).toList()).singleElement()
                .satisfies(t -> assertThat(t.getObject().getURI()).startsWith(Wikibase.UNKNOWN_VALUES));
    }

    @Test
    void aCurrentHoldingHasNoEnd() {
        assertThat(new QuickStatementsWriter().lines(statement(false))).singleElement()
                .satisfies(l -> assertThat(l).doesNotContain("P582"));
    }

    @Test
    void aDesignateWithoutAStartDateIsNotYetAPositionHeld() {
        String text = "Mirela Kostova was named Secretary General of the Northern Alliance.";
        Article article = Article.of("named", text);
        Span sentence = new Span(0, text.length());
        RoleHolding named = new RoleHolding(Samples.KOSTOVA, Samples.SECRETARY_GENERAL, Optional.empty(), Optional.empty(),
                HoldingStatus.DESIGNATE, new Evidence("named", sentence, text, new Span(0, 24), "named", 0.8));
        Graph graph = new FactMapper().toGraph(new ArticleFacts(article, List.of(Samples.KOSTOVA, Samples.ALLIANCE), List.of(named)));
        WikidataFacts facts = new WikidataMapper().read(graph);
        assertThat(facts.statements()).isEmpty();
        assertThat(facts.skippedByReason()).containsEntry(Reason.NOT_YET_HELD, 1);
    }

    @Test
    void statementReferenceAndValueNodesAreNewsGraphsOwn() {
        Graph graph = new WikidataMapper().toGraph(new WikidataFacts(List.of(statement(true)), List.of()));
        graph.find().forEachRemaining(t -> List.of(t.getSubject(), t.getObject()).stream().filter(Node::isURI)
                .map(Node::getURI).filter(u -> u.startsWith("http://www.wikidata.org/"))
                .forEach(u -> assertThat(u).matches("http://www\\.wikidata\\.org/entity/Q\\d+")));
        assertThat(graph.contains(NodeFactory.createURI(Wikibase.STATEMENTS + statement(true).id()), Node.ANY, Node.ANY)).isTrue();
    }
}
