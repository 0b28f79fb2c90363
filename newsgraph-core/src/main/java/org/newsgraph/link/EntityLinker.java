package org.newsgraph.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.SpendingTarget;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Gazetteer;
import org.newsgraph.nlp.Text;

/**
 * Makes one entity of each real-world thing across a corpus and links offices to Wikidata. A
 * person named by surname alone ("Brun") becomes the one person of the corpus with that surname
 * and a full name; an office named without its organisation ("President Kern") takes the
 * organisation the corpus gives the same person in the same role, when there is exactly one;
 * offices get the Wikidata position item the gazetteer knows ("Secretary General of NATO"); a
 * dated succession dates the holdings it joins where the articles give them no date of their own;
 * endorsement targets that name the same thing in other words become one topic. Nothing is
 * guessed where the corpus is ambiguous.
 *
 * <p>Linking runs as map ({@link LinkEvidence#of(ArticleFacts)}), reduce ({@link LinkEvidence#merge}),
 * derive ({@link #tables}) and apply ({@link #apply}), as {@link LinkEvidence} describes, so that
 * a batch in memory, a distributed job and an incremental build apply the same rules. Stateless
 * apart from its gazetteer; thread-safe.
 */
public final class EntityLinker {

    private final Gazetteer gazetteer;
    private final WikidataTables wikidata;

    /** A linker with the gazetteer and the bundled Wikidata tables. */
    public EntityLinker(Gazetteer gazetteer) {
        this(gazetteer, WikidataTables.bundled());
    }

    /** A linker with the gazetteer and the given Wikidata tables ({@link WikidataTables#none()} for the gazetteer alone). */
    public EntityLinker(Gazetteer gazetteer, WikidataTables wikidata) {
        this.gazetteer = gazetteer;
        this.wikidata = wikidata;
    }

    /** The batch with its entities and offices linked; articles keep their order. */
    public List<ArticleFacts> link(List<ArticleFacts> batch) {
        return link(batch, LinkEvidence.EMPTY);
    }

    /**
     * The batch linked as part of a corpus whose other articles gave {@code known}, the evidence an
     * earlier build kept; articles keep their order.
     */
    public List<ArticleFacts> link(List<ArticleFacts> batch, LinkEvidence known) {
        LinkTables tables = tables(known.merge(LinkEvidence.of(batch)));
        return batch.stream().map(article -> apply(article, tables)).toList();
    }

    /** The tables of the merged evidence of a corpus. */
    public LinkTables tables(LinkEvidence evidence) {
        return LinkTables.of(evidence, this::speaker, this::linkOffice, wikidata);
    }

    /**
     * One article of the corpus that gave {@code tables}, linked; then each organisation the
     * gazetteer does not know takes the Wikidata item the tables give its name, where the name is
     * specific and borne by no other organisation, or by no other in the countries the article
     * names, and the offices of such an organisation their position.
     */
    public ArticleFacts apply(ArticleFacts article, LinkTables tables) {
        Set<String> countries = countries(article);
        Set<Entity> entities = new LinkedHashSet<>();
        article.entities().forEach(e -> entities.add(organisation(tables.person(e), countries)));
        List<Fact> facts = article.facts().stream()
                .map(f -> withPositions(link(f.relink(tables::person), tables).relink(e -> organisation(e, countries)))).toList();
        return new ArticleFacts(article.article(), List.copyOf(entities), facts);
    }

    /** The Wikidata items of the countries the article names. */
    private static Set<String> countries(ArticleFacts article) {
        return article.entities().stream().filter(e -> e.kind() == EntityKind.COUNTRY).flatMap(e -> e.wikidata().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The link keys of an article: the last word of the folded name of each entity it names and of
     * what each speaks for. Every table entry that can change how an entity links is keyed by a
     * person or agent whose name ends in one of these words (a surname is the end of a full name),
     * so evidence from articles that share no key with this one cannot change its links.
     */
    public Set<String> keys(ArticleFacts article) {
        Set<String> keys = new TreeSet<>();
        UnaryOperator<Entity> collect = entity -> {
            lastWord(entity).ifPresent(keys::add);
            lastWord(speaker(entity)).ifPresent(keys::add);
            return entity;
        };
        article.entities().forEach(collect::apply);
        article.facts().forEach(fact -> fact.relink(collect));
        return keys;
    }

    /**
     * The link keys of what {@code evidence} is about: its people, organisations and endorsers (and
     * whom those speak for). A change of evidence changes the links of no article without one of
     * these keys, for every table is looked up by such a name.
     */
    public Set<String> keys(LinkEvidence evidence) {
        Set<String> keys = new TreeSet<>();
        Consumer<Entity> collect = entity -> {
            lastWord(entity).ifPresent(keys::add);
            lastWord(speaker(entity)).ifPresent(keys::add);
        };
        evidence.fullNames().forEach(collect);
        evidence.organisations().forEach((holder, orgs) -> {
            collect.accept(holder.person());
            orgs.forEach(collect);
        });
        Stream.concat(evidence.starts().keySet().stream(), evidence.ends().keySet().stream()).forEach(tenure -> {
            collect.accept(tenure.person());
            tenure.office().organization().ifPresent(collect);
        });
        evidence.topics().keySet().forEach(group -> collect.accept(group.endorser()));
        return keys;
    }

    private static Optional<String> lastWord(Entity entity) {
        String folded = Text.fold(entity.label());
        return folded.isBlank() ? Optional.empty() : Optional.of(folded.substring(folded.lastIndexOf(' ') + 1));
    }

    /**
     * The organisation as the tables name it, with its Wikidata item, where its name gives one: a
     * specific name (an acronym, or two words or more) that no other organisation bears, or that
     * of the organisations bearing it only one has in one of {@code countries} ("Labour Party" in
     * an article that names the United Kingdom and no other country with a Labour Party).
     */
    private Entity organisation(Entity entity, Set<String> countries) {
        if (entity.kind() != EntityKind.ORGANIZATION || entity.wikidata().isPresent()) {
            return entity;
        }
        String name = entity.label();
        boolean specific = name.trim().contains(" ") || name.length() >= 2 && name.equals(name.toUpperCase(java.util.Locale.ROOT));
        return specific ? wikidata.organisationEntity(name, countries).orElse(entity) : entity;
    }

    /** The fact with its offices linked again where their organisation has just been linked. */
    private Fact withPositions(Fact fact) {
        if (fact instanceof RoleHolding role && role.office().wikidata().isEmpty()) {
            return role.withOffice(linkOffice(role.office()));
        }
        if (fact instanceof Succession succession && succession.office().filter(o -> o.wikidata().isEmpty()).isPresent()) {
            return succession.withOffice(linkOffice(succession.office().get()));
        }
        return fact;
    }

    private Fact link(Fact fact, LinkTables tables) {
        if (fact instanceof RoleHolding role) {
            Office office = linkOffice(tables.completed(role.person(), role.office()));
            return new RoleHolding(role.person(), office, role.start().or(() -> tables.start(role.person(), office)),
                    role.end().or(() -> tables.end(role.person(), office)), role.status(), role.evidence());
        }
        if (fact instanceof Succession succession && succession.office().isPresent()) {
            return succession.withOffice(linkOffice(succession.office().get()));
        }
        if (fact instanceof Endorsement endorsement) {
            Endorsement e = endorsement.withEndorser(speaker(endorsement.endorser()));
            if (e.target().kind() == TargetKind.PERSON) {
                return e;
            }
            String topic = tables.topic(e.endorser(), e.polarity(), e.target().kind(), e.target().label());
            return topic.equals(e.target().label()) ? e : e.withTarget(new Endorsement.Target(e.target().kind(), topic, e.target().entity()));
        }
        if (fact instanceof SpendingTarget target) {
            return gazetteer.speaksFor(target.actor()).map(target::withActor).orElse(target);
        }
        return fact;
    }

    /** An agent named by its seat ("the White House backed …") acts as what it speaks for. */
    private Entity speaker(Entity agent) {
        return gazetteer.speaksFor(agent).orElse(agent);
    }

    /**
     * The office with the Wikidata position item the gazetteer gives its label or "ORG role" alias,
     * else the one the Wikidata tables give its title in its organisation or country.
     */
    Office linkOffice(Office office) {
        if (office.organization().isEmpty()) {
            return office;
        }
        String org = office.organization().get().label();
        Optional<String> id = gazetteer.lookup(office.role() + " of " + org, EntityKind.OFFICE)
                .or(() -> gazetteer.lookup(org + " " + office.role(), EntityKind.OFFICE))
                .flatMap(Entity::wikidata)
                .or(() -> wikidata.position(office.role(), office.organization()));
        return office.withWikidata(id);
    }
}
