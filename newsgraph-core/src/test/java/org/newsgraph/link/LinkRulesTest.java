package org.newsgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Evidence;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.PartialDate;

/** Each linking rule on hand-built facts about invented people, without the NLP pipeline. */
class LinkRulesTest {

    private static final EntityLinker LINKER = new EntityLinker(Gazetteer.bundled());

    private static final Entity GRETA_OLSEN = person("Greta Olsen");
    private static final Entity OLSEN = person("Olsen");
    private static final Entity VALDORIA = Entity.of(EntityKind.COUNTRY, "Valdoria");
    private static final Entity TARNIA = Entity.of(EntityKind.COUNTRY, "Tarnia");

    private static Entity person(String name) {
        return Entity.of(EntityKind.PERSON, name);
    }

    private static Evidence evidence(String articleId) {
        return new Evidence(articleId, new Span(0, 4), "Text", new Span(0, 4), "hand-built", 0.9);
    }

    private static RoleHolding role(String articleId, Entity person, String role, Optional<Entity> organisation) {
        return new RoleHolding(person, new Office(role, organisation), Optional.empty(), Optional.empty(), HoldingStatus.CURRENT, evidence(articleId));
    }

    private static ArticleFacts article(String id, List<Entity> entities, Fact... facts) {
        return new ArticleFacts(Article.of(id, "Text"), entities, List.of(facts));
    }

    private static List<RoleHolding> roles(List<ArticleFacts> linked) {
        List<RoleHolding> roles = new ArrayList<>();
        linked.forEach(a -> a.facts().stream().filter(RoleHolding.class::isInstance).map(RoleHolding.class::cast).forEach(roles::add));
        return roles;
    }

    @Test
    void surnameAloneBecomesTheOnePersonOfTheCorpusWithThatSurname() {
        List<ArticleFacts> linked = LINKER.link(List.of(
                article("a", List.of(GRETA_OLSEN), role("a", GRETA_OLSEN, "Minister", Optional.of(VALDORIA))),
                article("b", List.of(OLSEN), role("b", OLSEN, "Minister", Optional.of(VALDORIA)))));

        assertThat(linked.get(1).entities()).containsExactly(GRETA_OLSEN);
        assertThat(roles(linked)).extracting(RoleHolding::person).containsExactly(GRETA_OLSEN, GRETA_OLSEN);
    }

    @Test
    void aPersonTheGazetteerDoesNotKnowLinksThroughTheWikidataTablesWhenAnOfficeConfirmsIt() {
        Entity kingdom = new Entity(EntityKind.COUNTRY, "United Kingdom", Optional.of("Q145"));
        Entity johnson = person("Boris Johnson");
        List<ArticleFacts> linked = LINKER.link(List.of(
                article("a", List.of(johnson, kingdom), role("a", johnson, "Prime Minister", Optional.of(kingdom))),
                article("b", List.of(person("Johnson")), role("b", person("Johnson"), "Prime Minister", Optional.empty()))));

        assertThat(roles(linked)).extracting(r -> r.person().wikidata()).containsExactly(Optional.of("Q180589"), Optional.of("Q180589"));
        assertThat(roles(linked)).extracting(r -> r.office().wikidata()).containsExactly(Optional.of("Q14211"), Optional.of("Q14211"));
        assertThat(linked.get(0).entities()).contains(new Entity(EntityKind.PERSON, "Boris Johnson", Optional.of("Q180589")));

        List<ArticleFacts> unconfirmed = LINKER.link(List.of(article("c", List.of(johnson), role("c", johnson, "Minister", Optional.of(VALDORIA)))));
        assertThat(roles(unconfirmed)).extracting(r -> r.person().wikidata()).containsExactly(Optional.empty());
    }

    @Test
    void anOrganisationWithASpecificUniqueNameLinksThroughTheTablesUnderTheirLabel() {
        Entity party = Entity.of(EntityKind.ORGANIZATION, "VVD");
        Entity parliament = Entity.of(EntityKind.ORGANIZATION, "Parliament");
        List<ArticleFacts> linked = LINKER.link(List.of(article("a", List.of(party, parliament))));

        assertThat(linked.get(0).entities()).contains(
                new Entity(EntityKind.ORGANIZATION, "People's Party for Freedom and Democracy", Optional.of("Q239333")), parliament);
    }

    @Test
    void anOrganisationWhoseNameOthersShareLinksToTheOneInTheCountryTheArticleNames() {
        Entity labour = Entity.of(EntityKind.ORGANIZATION, "Labour Party");
        Entity kingdom = new Entity(EntityKind.COUNTRY, "United Kingdom", Optional.of("Q145"));
        Entity hongKong = new Entity(EntityKind.COUNTRY, "Hong Kong", Optional.of("Q8646"));

        List<ArticleFacts> linked = LINKER.link(List.of(article("a", List.of(labour, kingdom)), article("b", List.of(labour)),
                article("c", List.of(labour, kingdom, hongKong))));

        assertThat(linked.get(0).entities()).contains(new Entity(EntityKind.ORGANIZATION, "Labour Party", Optional.of("Q9630")));
        assertThat(linked.get(1).entities()).containsExactly(labour);
        assertThat(linked.get(2).entities()).contains(labour);
    }

    @Test
    void surnameTwoPeopleShareStaysAsWritten() {
        List<ArticleFacts> linked = LINKER.link(List.of(
                article("a", List.of(GRETA_OLSEN, person("Nils Olsen"))),
                article("b", List.of(OLSEN), role("b", OLSEN, "Minister", Optional.of(VALDORIA)))));

        assertThat(roles(linked)).extracting(RoleHolding::person).containsExactly(OLSEN);
    }

    @Test
    void nameThatIsTheSurnameOfALongerNameIsThatPerson() {
        Entity ursula = person("Ursula von der Maas");
        Entity vonDerMaas = person("Von der Maas");

        List<ArticleFacts> linked = LINKER.link(List.of(article("a", List.of(ursula)), article("b", List.of(vonDerMaas)),
                article("c", List.of(person("Maas")))));

        assertThat(linked).extracting(a -> a.entities().get(0)).containsExactly(ursula, ursula, ursula);
    }

    @Test
    void officeWithoutOrganisationTakesTheOneTheCorpusGivesTheSamePerson() {
        List<ArticleFacts> linked = LINKER.link(List.of(
                article("a", List.of(GRETA_OLSEN), role("a", GRETA_OLSEN, "Prime Minister", Optional.of(VALDORIA))),
                article("b", List.of(OLSEN), role("b", OLSEN, "prime minister", Optional.empty()))));

        assertThat(roles(linked).get(1).office()).isEqualTo(new Office("prime minister", Optional.of(VALDORIA)));
    }

    @Test
    void officeThePersonHoldsOfTwoOrganisationsStaysIncomplete() {
        List<ArticleFacts> linked = LINKER.link(List.of(
                article("a", List.of(GRETA_OLSEN), role("a", GRETA_OLSEN, "Envoy", Optional.of(VALDORIA)),
                        role("a", GRETA_OLSEN, "Envoy", Optional.of(TARNIA))),
                article("b", List.of(GRETA_OLSEN), role("b", GRETA_OLSEN, "Envoy", Optional.empty()))));

        assertThat(roles(linked).get(2).office().organization()).isEmpty();
    }

    @Test
    void datedSuccessionDatesTheHoldingsItJoins() {
        Entity kern = person("Ada Kern");
        Office president = new Office("President", Optional.of(VALDORIA));
        PartialDate march = new PartialDate(2030, 3, 0);
        Succession succession = new Succession(kern, GRETA_OLSEN, Optional.of(president), Optional.of(march), evidence("a"));
        RoleHolding datedAlready = new RoleHolding(kern, president, Optional.of(PartialDate.ofYear(2029)), Optional.empty(),
                HoldingStatus.CURRENT, evidence("c"));

        List<RoleHolding> linked = roles(LINKER.link(List.of(article("a", List.of(kern, GRETA_OLSEN), succession),
                article("b", List.of(kern, GRETA_OLSEN), role("b", kern, "President", Optional.of(VALDORIA)),
                        role("b", GRETA_OLSEN, "President", Optional.of(VALDORIA))),
                article("c", List.of(kern), datedAlready))));

        assertThat(linked.get(0).start()).contains(march);
        assertThat(linked.get(0).end()).isEmpty();
        assertThat(linked.get(1).start()).isEmpty();
        assertThat(linked.get(1).end()).contains(march);
        assertThat(linked.get(2).start()).contains(PartialDate.ofYear(2029));
    }

    @Test
    void ofTwoSuccessionDatesTheMorePreciseThenTheEarlierDatesTheHoldingWhateverTheOrder() {
        Entity kern = person("Ada Kern");
        Office president = new Office("President", Optional.of(VALDORIA));
        List<ArticleFacts> articles = new ArrayList<>();
        for (PartialDate date : List.of(new PartialDate(2030, 3, 0), new PartialDate(2030, 4, 2), new PartialDate(2030, 3, 9))) {
            articles.add(article(date.iso(), List.of(kern, GRETA_OLSEN),
                    new Succession(kern, GRETA_OLSEN, Optional.of(president), Optional.of(date), evidence(date.iso()))));
        }
        ArticleFacts holding = article("role", List.of(kern), role("role", kern, "President", Optional.of(VALDORIA)));

        List<ArticleFacts> reversed = new ArrayList<>(articles);
        Collections.reverse(reversed);
        for (List<ArticleFacts> order : List.of(articles, reversed)) {
            List<ArticleFacts> batch = new ArrayList<>(order);
            batch.add(holding);
            assertThat(roles(LINKER.link(batch))).singleElement().satisfies(r -> assertThat(r.start()).contains(new PartialDate(2030, 3, 9)));
        }
    }

    @Test
    void targetsOfOneEndorserNamingTheSameThingBecomeOneTopic() {
        Endorsement shorter = support(VALDORIA, "strikes on the rebel depots");
        Endorsement longer = support(VALDORIA, "the recent air strikes on the rebel depots");
        Endorsement otherEndorser = support(TARNIA, "the recent air strikes on the rebel depots");

        List<ArticleFacts> linked = LINKER.link(List.of(article("a", List.of(VALDORIA), shorter),
                article("b", List.of(VALDORIA, TARNIA), longer, otherEndorser)));

        assertThat(linked.stream().flatMap(a -> a.facts().stream()).map(f -> ((Endorsement) f).target().label()))
                .containsExactly("strikes on the rebel depots", "strikes on the rebel depots", "the recent air strikes on the rebel depots");
    }

    private static Endorsement support(Entity endorser, String action) {
        return new Endorsement(endorser, new Endorsement.Target(TargetKind.ACTION, action, Optional.empty()), Polarity.SUPPORT,
                Optional.empty(), evidence("a"));
    }

    @Test
    void batchLinkedWithTheEvidenceOfEarlierArticlesLinksAsOneBatchOfAll() {
        List<ArticleFacts> earlier = List.of(article("a", List.of(GRETA_OLSEN), role("a", GRETA_OLSEN, "Minister", Optional.of(VALDORIA))));
        List<ArticleFacts> later = List.of(article("b", List.of(OLSEN), role("b", OLSEN, "minister", Optional.empty())));
        List<ArticleFacts> all = new ArrayList<>(earlier);
        all.addAll(later);

        List<ArticleFacts> linked = LINKER.link(later, LinkEvidence.of(earlier));

        assertThat(linked).isEqualTo(LINKER.link(all).subList(1, 2));
        assertThat(roles(linked).get(0).office().organization()).contains(VALDORIA);
    }
}
