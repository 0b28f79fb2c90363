package org.newsgraph.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.testing.Samples;

class FactMapperTest {

    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX schema: <http://schema.org/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX person: <https://w3id.org/newsgraph/id/person/>
            PREFIX organization: <https://w3id.org/newsgraph/id/organization/>
            PREFIX country: <https://w3id.org/newsgraph/id/country/>
            PREFIX place: <https://w3id.org/newsgraph/id/place/>
            PREFIX article: <https://w3id.org/newsgraph/id/article/>
            PREFIX candidacy: <https://w3id.org/newsgraph/id/topic/candidacy/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private final FactMapper mapper = new FactMapper();

    private static boolean ask(Graph graph, String where) {
        try (var qe = QueryExecutionFactory.create(PREFIXES + "ASK { " + where + " }",
                ModelFactory.createModelForGraph(graph))) {
            return qe.execAsk();
        }
    }

    @Test
    void aLinkedEntityCarriesEveryOtherNameTheGazetteerGivesItsItem() {
        Entity orban = new Entity(EntityKind.PERSON, "Viktor Orbán", Optional.of("Q57641"));
        Graph graph = new FactMapper().toGraph(new ArticleFacts(Samples.articleA().article(), List.of(orban), List.of()));
        Set<String> other = new HashSet<>();
        graph.find(Iris.entity(orban), org.apache.jena.vocabulary.SKOS.altLabel.asNode(), null)
                .forEachRemaining(t -> other.add(t.getObject().getLiteralLexicalForm()));
        assertThat(other).contains("Orbán", "Orban", "Viktor Orban").doesNotContain("Viktor Orbán");
    }

    @Test
    void anEntityCarriesTheOtherNamesTheTextGivesItFoundWithoutAccents() {
        ArticleFacts article = Samples.articleA();
        String text = "Prime Minister Ilona Varady arrived. Várady backed the plan.";
        Entity varady = Entity.of(EntityKind.PERSON, "Ilona Várady");
        org.newsgraph.ingest.Article written = org.newsgraph.ingest.Article.of(article.article().id(), text);
        Graph g = mapper.toGraph(new ArticleFacts(written, List.of(varady), List.of()));

        assertThat(ask(g, "?p rdfs:label \"Ilona Várady\"@en ; skos:altLabel \"Ilona Varady\"@en, \"Várady\"@en, \"Varady\"@en")).isTrue();
        assertThat(ask(g, "?p skos:altLabel \"Prime Minister Ilona Varady\"@en")).isFalse();
    }

    @Test
    void aTopicThatIsOnlyAnAgentsNameIsAboutThatAgent() {
        Graph graph = new FactMapper().toGraph(Samples.articleD());
        Node topic = graph.find(null, org.newsgraph.vocab.NG.target.asNode(), null).next().getObject();
        assertThat(graph.contains(topic, org.newsgraph.vocab.NG.about.asNode(), Iris.entity(Samples.ALLIANCE))).isTrue();
    }

    @Test
    void anEntityKeepsItsIriWhenItGetsAWikidataId() {
        Entity unlinked = new Entity(EntityKind.PERSON, "Jens Aldhaug", Optional.empty());
        Entity linked = new Entity(EntityKind.PERSON, "Jens Aldhaug", Optional.of("Q990000777"));
        assertThat(Iris.entity(linked)).isEqualTo(Iris.entity(unlinked));
        assertThat(Iris.entity(linked).getURI()).isEqualTo(Iris.ID + "person/jens-aldhaug");
        Graph graph = new FactMapper().toGraph(new ArticleFacts(Samples.articleA().article(), List.of(linked), List.of()));
        assertThat(graph.contains(Iris.entity(linked), org.apache.jena.vocabulary.OWL.sameAs.asNode(), Iris.wikidata("Q990000777"))).isTrue();
    }

    @Test
    void aNameWithAccentsIsAlsoLabelledWithout() {
        ArticleFacts article = Samples.articleA();
        Entity accented = Entity.of(org.newsgraph.nlp.EntityKind.PERSON, "Zoë Ångström-Łukasz");
        List<Entity> entities = new java.util.ArrayList<>(article.entities());
        entities.add(accented);
        Graph g = mapper.toGraph(new ArticleFacts(article.article(), entities, article.facts()));

        assertThat(ask(g, "?p rdfs:label \"Zoë Ångström-Łukasz\"@en ; skos:altLabel \"Zoe Angstrom-Łukasz\"@en")).isTrue();
        assertThat(ask(g, "?p rdfs:label \"Mirela Kostova\"@en ; skos:altLabel ?other")).as("no accent, no second label").isFalse();
    }

    @Test
    void mapsTheArticle() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                article:article-a a ng:Article ; ng:articleId "article-a" ; ng:text ?text ;
                    schema:headline "Kostova takes over" ; schema:datePublished "2024-06-01"^^xsd:date ;
                    schema:url <https://news.example.org/article-a> .
                FILTER(STRSTARTS(?text, "Mirela Kostova became"))""")).isTrue();
        assertThat(ask(g, "?a schema:headline ?h FILTER(?a = article:article-b)")).isFalse();
    }

    @Test
    void mapsEntitiesWithTypesLabelsWikidataAndMentions() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                person:mirela-kostova a ng:Person ; rdfs:label "Mirela Kostova"@en ; owl:sameAs wd:Q990000101 ;
                    ng:mentionedIn article:article-a .
                person:aldo-venturini a ng:Person ; rdfs:label "Aldo Venturini"@en .
                FILTER NOT EXISTS { person:aldo-venturini owl:sameAs ?any }
                country:valdoria a ng:Country .
                place:orsk-on-lake a ng:Place ; rdfs:label "Orsk-on-Lake"@en .
                organization:northern-alliance a ng:Organization .""")).isTrue();
    }

    @Test
    void mapsRoleHoldingAndOffice() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                ?f a ng:RoleHolding ; ng:holder person:mirela-kostova ; ng:office ?o ;
                   ng:startDate "2021-03"^^xsd:gYearMonth ; ng:status ng:Current .
                ?o a ng:Office ; rdfs:label "Secretary General of Northern Alliance"@en ;
                   ng:roleName "Secretary General" ; ng:ofOrganization organization:northern-alliance ;
                   owl:sameAs wd:Q990000401 .
                FILTER NOT EXISTS { ?f ng:endDate ?end }""")).isTrue();
        Graph b = mapper.toGraph(Samples.articleB());
        assertThat(ask(b, """
                ?f a ng:RoleHolding ; ng:startDate "2021-03-01"^^xsd:date ; ng:endDate "2024"^^xsd:gYear ;
                   ng:status ng:Former .""")).isTrue();
    }

    @Test
    void mapsSuccession() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                ?f a ng:Succession ; ng:successor person:mirela-kostova ; ng:predecessor person:aldo-venturini ;
                   ng:office ?o . ?o a ng:Office .
                FILTER NOT EXISTS { ?f ng:date ?d }""")).isTrue();
    }

    @Test
    void mapsEndorsementsToPersonsAndTopics() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                ?f a ng:Endorsement ; ng:endorser country:valdoria ; ng:target ?t ;
                   ng:targetKind ng:CandidacyTarget ; ng:polarity ng:Support ; ng:quote "she is the right choice" .
                ?t a ng:Topic ; rdfs:label "Kostova candidacy"@en ; ng:about person:mirela-kostova .
                FILTER(?t = candidacy:kostova-candidacy)""")).isTrue();
        assertThat(ask(g, """
                ?f a ng:Endorsement ; ng:target person:mirela-kostova ; ng:targetKind ng:PersonTarget .
                FILTER NOT EXISTS { ?f ng:quote ?q }""")).isTrue();
        Graph c = mapper.toGraph(Samples.articleC());
        assertThat(ask(c, """
                ?f ng:endorser organization:northern-alliance ; ng:polarity ng:Oppose ; ng:targetKind ng:PolicyTarget ;
                   ng:target ?t . ?t a ng:Topic ; rdfs:label "the tariff plan"@en .
                FILTER NOT EXISTS { ?t ng:about ?any }""")).isTrue();
    }

    @Test
    void mapsSpendingTargets() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                ?f a ng:SpendingTarget ; ng:actor country:valdoria ; ng:percentOfGDP 2.5 ;
                   ng:scope ng:TotalScope ; ng:deadline "2030"^^xsd:gYear ; ng:targetStatus ng:Pledged .
                FILTER(datatype(2.5) = xsd:decimal)""")).isTrue();
        Graph c = mapper.toGraph(Samples.articleC());
        assertThat(ask(c, """
                ?f a ng:SpendingTarget ; ng:percentOfGDP "3.0"^^xsd:decimal ; ng:scope ng:CoreScope ;
                   ng:targetStatus ng:Proposed .
                FILTER NOT EXISTS { ?f ng:deadline ?d }""")).isTrue();
    }

    @Test
    void mapsEvidenceWithSelector() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                ?f a ng:Succession ; ng:evidence ?e .
                ?e a ng:Evidence ; ng:article article:article-a ;
                   ng:sentenceText "She succeeded Aldo Venturini at a meeting in Orsk-on-Lake." ;
                   ng:sentenceBegin ?b ; ng:sentenceEnd ?end ; oa:hasSelector ?s ;
                   ng:extractor "succeeded" ; ng:confidence 0.8 .
                ?s a oa:TextPositionSelector ; oa:start ?start ; oa:end ?stop .
                FILTER(datatype(?b) = xsd:integer && datatype(?start) = xsd:integer)
                FILTER(?start = ?b && ?stop - ?start = 28 && ?end > ?stop)
                FILTER(STR(?s) = CONCAT(STR(?e), "/selector"))""")).isTrue();
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        ArticleFacts facts = Samples.emojiArticle();
        String text = facts.article().text();
        String words = Samples.EMOJI_WORDS;
        // The emoji before the words and the name's first character are two UTF-16 units each.
        assertThat(text.indexOf(words)).isEqualTo(3);
        assertThat(words.length()).isEqualTo(words.codePointCount(0, words.length()) + 1);

        Graph g = mapper.toGraph(facts);

        int cpEnd = 2 + words.codePointCount(0, words.length());
        assertThat(ask(g, """
                ?e ng:sentenceBegin 0 ; ng:sentenceEnd %d ; oa:hasSelector ?s ; ng:article ?a .
                ?s oa:start 2 ; oa:end %d .
                ?a ng:text ?text .
                FILTER(SUBSTR(?text, 3, %d) = "%s")""".formatted(text.codePointCount(0, text.length()), cpEnd, cpEnd - 2, words)))
                .as("oa:start/oa:end count code points, so SPARQL's SUBSTR gives the words").isTrue();
        assertThat(ask(g, "?s oa:start 3")).as("no UTF-16 offset").isFalse();
    }

    @Test
    void theSameFactTwiceIsOneNodeWithTwoEvidenceNodes() {
        Graph g = mapper.toGraph(Samples.articleA());
        var model = ModelFactory.createModelForGraph(g);
        String q = PREFIXES + "SELECT (COUNT(DISTINCT ?f) AS ?facts) (COUNT(DISTINCT ?e) AS ?evidence) "
                + "{ ?f a ng:RoleHolding ; ng:evidence ?e }";
        try (var qe = QueryExecutionFactory.create(q, model)) {
            var row = qe.execSelect().next();
            assertThat(row.getLiteral("facts").getInt()).isEqualTo(1);
            assertThat(row.getLiteral("evidence").getInt()).isEqualTo(2);
        }
    }

    @Test
    void mappingIsDeterministicAndUsesNoBlankNodes() {
        Graph first = mapper.toGraph(Samples.articleA());
        Graph second = mapper.toGraph(Samples.articleA());
        assertThat(first.isIsomorphicWith(second)).isTrue();
        assertThat(nodes(first)).isEqualTo(nodes(second));
        assertThat(first.find().toList()).isEqualTo(second.find().toList());
        assertThat(nodes(first)).noneMatch(Node::isBlank);
    }

    @Test
    void everyNodeUsedIsTypedAndLabelledOrALiteral() {
        Graph g = mapper.toGraph(Samples.articleA());
        assertThat(ask(g, """
                { ?s ?p ?o } UNION { ?x ?p ?s FILTER(?p NOT IN (rdf:type, owl:sameAs, schema:url)) }
                FILTER(isIRI(?s) && !STRSTARTS(STR(?s), STR(ng:)))
                FILTER NOT EXISTS { ?s a ?type }""")).isFalse();
        assertThat(ask(g, """
                ?s a ?type
                FILTER(?type NOT IN (ng:Evidence, oa:TextPositionSelector, ng:Article, ng:RoleHolding, ng:Succession,
                                     ng:Endorsement, ng:SpendingTarget))
                FILTER NOT EXISTS { ?s rdfs:label ?label }""")).isFalse();
    }

    @Test
    void quadsGoToTheArticleGraph() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.executeWrite(() -> mapper.mapToQuads(Samples.articleA(), StreamRDFLib.dataset(dsg)));
        dsg.executeRead(() -> {
            assertThat(dsg.listGraphNodes()).toIterable().containsExactly(Iris.graph(Samples.A));
            assertThat(dsg.getDefaultGraph().isEmpty()).isTrue();
            assertThat(dsg.getGraph(Iris.graph(Samples.A)).isIsomorphicWith(mapper.toGraph(Samples.articleA()))).isTrue();
        });
    }

    @Test
    void evidenceFromAnotherArticleIsRefused() {
        ArticleFacts a = Samples.articleA();
        SpendingTarget pledge = (SpendingTarget) a.facts().get(4);
        Evidence e = pledge.evidence();
        Evidence elsewhere = new Evidence("other", e.sentence(), e.sentenceText(), new Span(e.span().begin(), e.span().end()),
                e.extractor(), e.confidence());
        ArticleFacts wrong = new ArticleFacts(a.article(), a.entities(), List.of(new SpendingTarget(pledge.actor(),
                pledge.percent(), pledge.scope(), Optional.empty(), pledge.status(), elsewhere)));
        assertThatThrownBy(() -> mapper.toGraph(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names article 'other'");
    }

    @Test
    void irisAreSafeAndStable() {
        assertThat(Iris.slug("Zoë  O'Neill-Smith")).isEqualTo("zoe-o-neill-smith");
        assertThat(Iris.segment("a b/é")).isEqualTo("a%20b%2F%C3%A9");
        assertThat(Iris.hash("x")).hasSize(16).isEqualTo(Iris.hash("x"));
        assertThat(Iris.graph("abc").getURI()).isEqualTo("https://w3id.org/newsgraph/graph/abc");
    }

    private static Set<Node> nodes(Graph g) {
        Set<Node> nodes = new HashSet<>();
        for (Triple t : g.find().toList()) {
            nodes.add(t.getSubject());
            nodes.add(t.getPredicate());
            nodes.add(t.getObject());
        }
        return nodes;
    }
}
