package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.extract.Succession;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Text;
import org.newsgraph.vocab.WD;

/** Mints every instance IRI of NewsGraph, deterministically from normalised keys. */
public final class Iris {

    /** The base under which NewsGraph mints every IRI: instances, graphs, the ontology. */
    public static final String BASE = "https://w3id.org/newsgraph/";
    /** The base of all instance IRIs. */
    public static final String ID = BASE + "id/";
    /** The base of the article named graphs. */
    public static final String GRAPH = BASE + "graph/";

    private static final HexFormat HEX = HexFormat.of();
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private Iris() {
    }

    /**
     * The IRI of an entity: by kind, then the slug of its folded label, whether or not it is linked
     * to Wikidata, so that the IRI stays the same when the gazetteer learns its Wikidata id (the link
     * is an {@code owl:sameAs}). A linked entity carries the gazetteer's label, so every name the
     * text gives it ("Varady", "Ilona Várady") mints the same IRI.
     */
    public static Node entity(Entity entity) {
        if (entity.kind() == EntityKind.OFFICE) {
            return office(new Office(entity.label(), Optional.empty(), entity.wikidata()));
        }
        String kind = entity.kind().name().toLowerCase(Locale.ROOT);
        return iri(ID + kind + "/" + slug(entity.label()));
    }

    /** The IRI of an office, from the hash of its key. */
    public static Node office(Office office) {
        return iri(ID + "office/" + hash(office.key()));
    }

    /** The IRI of the topic of an endorsement that is not a person. */
    public static Node topic(Endorsement.Target target) {
        return iri(ID + "topic/" + target.kind().label() + "/" + slug(target.label()));
    }

    /** The IRI of a fact, from the hash of its key; the same for every article that states it. */
    public static Node fact(Fact fact) {
        return iri(ID + "fact/" + factKind(fact) + "/" + hash(fact.key()));
    }

    /** The IRI of one piece of evidence for a fact. */
    public static Node evidence(Fact fact) {
        Evidence e = fact.evidence();
        String key = fact.key() + "|" + e.span().begin() + "-" + e.span().end() + "|" + e.extractor();
        return iri(ID + "evidence/" + segment(e.articleId()) + "/" + hash(key));
    }

    /** The IRI of the text-position selector of a piece of evidence. */
    public static Node selector(Node evidence) {
        return iri(evidence.getURI() + "/selector");
    }

    /** The IRI of an article. */
    public static Node article(String articleId) {
        return iri(ID + "article/" + segment(articleId));
    }

    /** The named graph that holds an article's triples. */
    public static Node graph(String articleId) {
        return iri(GRAPH + segment(articleId));
    }

    /** The Wikidata item with the given id. */
    public static Node wikidata(String qid) {
        return WD.item(qid).asNode();
    }

    /** The short name of a fact's kind as used in its IRI. */
    public static String factKind(Fact fact) {
        if (fact instanceof RoleHolding) {
            return "role";
        } else if (fact instanceof Succession) {
            return "succession";
        } else if (fact instanceof Endorsement) {
            return "endorsement";
        } else if (fact instanceof SpendingTarget) {
            return "spending";
        }
        throw new IllegalArgumentException("unknown kind of fact: " + fact.getClass().getSimpleName());
    }

    /** The first 16 hex digits of the SHA-256 of {@code key} in UTF-8. */
    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HEX.formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** The folded label with hyphens for spaces and everything else percent-encoded; a hash when nothing is left. */
    public static String slug(String label) {
        String folded = Text.fold(label).replace(' ', '-');
        return folded.isEmpty() ? hash(label) : segment(folded);
    }

    /** {@code s} as one IRI path segment: ASCII letters, digits, '-', '.', '_' and '~' kept, all else %XX of UTF-8. */
    public static String segment(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an IRI path segment cannot be empty");
        }
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(UPPER_HEX.toHexDigits((byte) c));
            }
        }
        return out.toString();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
