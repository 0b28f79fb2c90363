package org.newsgraph.rdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.store.GraphStore;

/**
 * What a store keeps of each article for linking it again later: its facts as extracted, before
 * linking and without its text, and its link keys (the words by which the linker's tables find
 * its entities, {@link org.newsgraph.link.EntityLinker#keys}). When a later build brings evidence that
 * changes how a name links, the articles that share a key with that build are found here and
 * linked again from these facts, without being read or analysed again. Kept in the graph
 * {@link #GRAPH}, one subject per article graph, as builder bookkeeping under the link index's
 * terms; the facts are a compressed serialised literal. Stateless.
 */
public final class LinkInputs {

    /** The named graph of the link inputs in a store. */
    public static final Node GRAPH = LinkIndexGraphs.INPUTS;

    private static final Node FACTS = NodeFactory.createURI(LinkIndexMapper.NS + "unlinkedFacts");
    private static final Node KEY = NodeFactory.createURI(LinkIndexMapper.NS + "linkKey");
    private static final Node ARTICLE_ID = NodeFactory.createURI(LinkIndexMapper.NS + "articleId");

    /** An article's link inputs: its unlinked facts (without text) and its link keys. */
    public record Entry(ArticleFacts unlinked, Set<String> keys) {
        public Entry {
            keys = Set.copyOf(keys);
        }
    }

    /**
     * The store's link inputs updated with {@code entries}, by article id, inside the write that
     * replaces those articles' graphs; each article's earlier inputs are replaced.
     */
    public GraphStore.Derivation writer(Map<String, Entry> entries) {
        return (dataset, replaced) -> entries.forEach((id, entry) -> {
            dataset.deleteAny(GRAPH, Iris.graph(id), Node.ANY, Node.ANY);
            toGraph(id, entry).find().forEachRemaining(t -> dataset.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** The triples kept in {@link #GRAPH} of the article {@code id}'s inputs. */
    public Graph toGraph(String id, Entry entry) {
        Graph graph = GraphFactory.createDefaultGraph();
        Node article = Iris.graph(id);
        graph.add(article, ARTICLE_ID, NodeFactory.createLiteralString(id));
        graph.add(article, FACTS, NodeFactory.createLiteralString(encode(entry.unlinked())));
        entry.keys().forEach(key -> graph.add(article, KEY, NodeFactory.createLiteralString(key)));
        return graph;
    }

    /** The ids of the articles with any of {@code keys}, sorted; call inside a read transaction. */
    public Set<String> articlesWith(DatasetGraph dataset, Collection<String> keys) {
        Set<String> ids = new TreeSet<>();
        for (String key : keys) {
            dataset.find(GRAPH, Node.ANY, KEY, NodeFactory.createLiteralString(key)).forEachRemaining(quad -> dataset
                    .find(GRAPH, quad.getSubject(), ARTICLE_ID, Node.ANY).forEachRemaining(id -> ids.add(id.getObject().getLiteralLexicalForm())));
        }
        return ids;
    }

    /**
     * The evidence of the articles whose inputs the store keeps, except {@code excluded}, gathered
     * from their kept facts; call inside a transaction. An article whose facts cannot be read back
     * gives none, and its id goes to {@code unreadable}.
     */
    public LinkEvidence evidence(DatasetGraph dataset, Set<String> excluded, Consumer<String> unreadable) {
        Stream<ArticleFacts> kept = Iter.asStream(dataset.find(GRAPH, Node.ANY, ARTICLE_ID, Node.ANY))
                .map(quad -> quad.getObject().getLiteralLexicalForm())
                .filter(id -> !excluded.contains(id))
                .flatMap(id -> {
                    try {
                        return unlinked(dataset, id).stream();
                    } catch (IllegalArgumentException e) {
                        unreadable.accept(id);
                        return Stream.empty();
                    }
                });
        return LinkEvidence.of(kept);
    }

    /**
     * The unlinked facts kept of the article {@code id}, if any; call inside a read transaction.
     *
     * @throws IllegalArgumentException when they cannot be read back (written by another version)
     */
    public Optional<ArticleFacts> unlinked(DatasetGraph dataset, String id) {
        var found = dataset.find(GRAPH, Iris.graph(id), FACTS, Node.ANY);
        return found.hasNext() ? Optional.of(decode(found.next().getObject().getLiteralLexicalForm())) : Optional.empty();
    }

    private static String encode(ArticleFacts facts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static ArticleFacts decode(String literal) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(literal))))) {
            return (ArticleFacts) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the unlinked facts kept in " + GRAPH.getURI() + " cannot be read: " + e, e);
        }
    }
}
