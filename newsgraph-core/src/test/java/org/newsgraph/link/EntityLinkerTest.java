package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Pipeline;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.ingest.Article;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Gazetteer;

class EntityLinkerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final Pipeline PIPELINE = Pipeline.standard(GAZETTEER);

    private static List<Fact> linked(String... texts) {
        List<ArticleFacts> batch = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            batch.add(PIPELINE.apply(Article.of("a" + i, texts[i])));
        }
        return new EntityLinker(GAZETTEER).link(batch).stream().flatMap(a -> a.facts().stream()).toList();
    }

    private static Stream<RoleHolding> roles(List<Fact> facts) {
        return facts.stream().filter(RoleHolding.class::isInstance).map(RoleHolding.class::cast);
    }

    @Test
    void evidenceIsKeyedByTheLastWordsOfWhatItIsAbout() {
        EntityLinker linker = new EntityLinker(GAZETTEER);
        LinkEvidence evidence = LinkEvidence.of(org.newsgraph.testing.Samples.articleA());

        assertThat(linker.keys(evidence)).contains("kostova").isSubsetOf(linker.keys(org.newsgraph.testing.Samples.articleA()));
        assertThat(linker.keys(LinkEvidence.EMPTY)).isEmpty();
    }

    @Test
    void surnameInAnotherArticleBecomesTheFullNamedPerson() {
        List<Fact> facts = linked("Finance Minister Greta Olsen presented the budget to parliament on Monday.",
                "Later that week, Minister Olsen was questioned by reporters for an hour.");
        assertThat(roles(facts).map(r -> r.person().label()).distinct()).containsExactly("Greta Olsen");
    }

    @Test
    void officeWithoutOrganisationTakesTheOneTheBatchGivesTheSamePerson() {
        List<Fact> facts = linked("Canadian Prime Minister Lena Roy spoke to the assembly for an hour.",
                "Prime Minister Lena Roy then left for the airport with her staff.");
        assertThat(roles(facts).map(r -> r.office().organization().map(Entity::label).orElse("-")).distinct()).containsExactly("Canada");
    }

    @Test
    void officesGetTheirWikidataPositionItem() {
        List<Fact> facts = linked("Canadian Prime Minister Lena Roy spoke to the assembly for an hour.");
        assertThat(roles(facts)).singleElement().satisfies(r -> assertThat(r.office().wikidata()).contains("Q839078"));
    }

    @Test
    void targetsNamingTheSameThingBecomeOneTopic() {
        List<Fact> facts = linked("In a statement, the government of Poland backed the US strikes on Iranian nuclear sites.",
                "In a second statement, Poland also backed the recent military strikes on Iranian nuclear sites.");
        assertThat(facts.stream().filter(Endorsement.class::isInstance).map(f -> ((Endorsement) f).target().label()).distinct())
                .hasSize(1);
    }

    @Test
    void aSeatOfGovernmentActsForItsCountry() {
        List<Fact> facts = linked("In a brief statement on Monday, the Kremlin condemned the new sanctions on its oil exports.");
        assertThat(facts.stream().filter(Endorsement.class::isInstance).map(f -> ((Endorsement) f).endorser().label()))
                .containsExactly("Russia");
    }
}
