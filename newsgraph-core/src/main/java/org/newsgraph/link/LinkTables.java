package org.newsgraph.link;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.link.LinkEvidence.Tenure;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Text;

/**
 * The tables the linker applies to each article, derived from merged {@link LinkEvidence}: the
 * person each unambiguous surname stands for, the one organisation of a person's role, the start
 * and end dates successions give holdings, and the canonical label of endorsement targets.
 * Keys are the normalised keys of linked entities and offices. Immutable and serialisable, to be
 * broadcast to the workers that link articles.
 *
 * @param fullNameBySurname        the one full-named person of each folded surname that no two people share
 * @param organisationByPersonRole the organisation of a linked person's folded role, where the corpus gives exactly one
 * @param startByHolding           the date of the succession into a linked person's office
 * @param endByHolding             the date of the succession out of a linked person's office
 * @param topicByLabel             the canonical label of a target, by endorser, polarity, kind and label, where it is another
 * @param wikidataByName           the Wikidata item of a full-named person the gazetteer does not know, by folded name,
 *                                 where the offices the corpus gives the person confirm it ({@link WikidataTables#person})
 */
public record LinkTables(Map<String, Entity> fullNameBySurname, Map<String, Entity> organisationByPersonRole,
                         Map<String, PartialDate> startByHolding, Map<String, PartialDate> endByHolding,
                         Map<String, String> topicByLabel, Map<String, String> wikidataByName) implements Serializable {

    public LinkTables {
        wikidataByName = Map.copyOf(wikidataByName);
        fullNameBySurname = Map.copyOf(fullNameBySurname);
        organisationByPersonRole = Map.copyOf(organisationByPersonRole);
        startByHolding = Map.copyOf(startByHolding);
        endByHolding = Map.copyOf(endByHolding);
        topicByLabel = Map.copyOf(topicByLabel);
    }

    /**
     * The tables of {@code evidence}: the surnames first, then the Wikidata items of the people so
     * named whose offices confirm one, then the rest grouped by the people these make of the
     * articles' names; {@code speaker} gives what an endorser speaks for, {@code offices} links an
     * office to its Wikidata position.
     */
    static LinkTables of(LinkEvidence evidence, UnaryOperator<Entity> speaker, UnaryOperator<Office> offices, WikidataTables wikidata) {
        Map<String, Entity> bySurname = surnames(evidence.fullNames());
        LinkTables named = new LinkTables(bySurname, Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
        LinkTables surnames = new LinkTables(bySurname, Map.of(), Map.of(), Map.of(), Map.of(), people(evidence, named, offices, wikidata));
        Map<String, Set<Entity>> organisations = new HashMap<>();
        evidence.organisations().forEach((holder, orgs) -> orgs.forEach(org -> organisations
                .computeIfAbsent(personRole(surnames.person(holder.person()), holder.role()), k -> new HashSet<>())
                .add(surnames.person(org))));
        Map<String, Entity> single = new HashMap<>();
        organisations.forEach((key, orgs) -> {
            if (orgs.size() == 1) {
                single.put(key, orgs.iterator().next());
            }
        });
        Map<String, Set<String>> labels = new HashMap<>();
        evidence.topics().forEach((group, those) -> labels.computeIfAbsent(
                topicGroup(speaker.apply(surnames.person(group.endorser())), group.polarity(), group.kind()), k -> new TreeSet<>())
                .addAll(those));
        Map<String, String> topics = new HashMap<>();
        labels.forEach((group, those) -> TopicMerger.canonicalLabels(those).forEach((label, to) -> {
            if (!to.equals(label)) {
                topics.put(group + "|" + label, to);
            }
        }));
        return new LinkTables(surnames.fullNameBySurname(), single, surnames.dates(evidence.starts()), surnames.dates(evidence.ends()), topics,
                surnames.wikidataByName());
    }

    /**
     * The Wikidata items of the people {@code named} makes of the evidence's names, where the
     * organisations and positions of their roles confirm one in the bundled tables.
     */
    private static Map<String, String> people(LinkEvidence evidence, LinkTables named, UnaryOperator<Office> offices,
            WikidataTables wikidata) {
        Map<String, Set<String>> confirming = new HashMap<>();
        evidence.organisations().forEach((holder, orgs) -> {
            Entity person = named.person(holder.person());
            if (person.kind() != EntityKind.PERSON || person.wikidata().isPresent()) {
                return;
            }
            Set<String> ids = confirming.computeIfAbsent(Text.fold(person.label()), k -> new HashSet<>());
            for (Entity org : orgs) {
                org.wikidata().ifPresent(ids::add);
                offices.apply(new Office(holder.role(), Optional.of(org))).wikidata().ifPresent(ids::add);
            }
        });
        Map<String, String> linked = new HashMap<>();
        confirming.forEach((name, ids) -> wikidata.person(name, ids).ifPresent(qid -> linked.put(name, qid)));
        return linked;
    }

    /** {@code entity}, or the full-named person it names by surname alone; with its Wikidata item where the tables give one. */
    public Entity person(Entity entity) {
        if (entity.kind() != EntityKind.PERSON || entity.wikidata().isPresent()) {
            return entity;
        }
        Entity full = fullNameBySurname.get(Text.fold(entity.label()));
        Entity named = full == null || full.label().length() <= entity.label().length() ? entity : full;
        String qid = named.wikidata().isPresent() ? null : wikidataByName.get(Text.fold(named.label()));
        return qid == null ? named : new Entity(EntityKind.PERSON, named.label(), Optional.of(qid));
    }

    /** The office, with the organisation the corpus gives {@code person} in this role when it names none. */
    public Office completed(Entity person, Office office) {
        if (office.organization().isPresent()) {
            return office;
        }
        Entity organisation = organisationByPersonRole.get(personRole(person, Text.fold(office.role())));
        return organisation == null ? office : new Office(office.role(), Optional.of(organisation), office.wikidata());
    }

    /** The date a succession gives {@code person}'s start in {@code office}. */
    public Optional<PartialDate> start(Entity person, Office office) {
        return Optional.ofNullable(startByHolding.get(holding(person, office)));
    }

    /** The date a succession gives {@code person}'s end in {@code office}. */
    public Optional<PartialDate> end(Entity person, Office office) {
        return Optional.ofNullable(endByHolding.get(holding(person, office)));
    }

    /** The label of the topic a target of {@code endorser} falls in: {@code label} or a shorter one. */
    public String topic(Entity endorser, Polarity polarity, TargetKind kind, String label) {
        return topicByLabel.getOrDefault(topicGroup(endorser, polarity, kind) + "|" + label, label);
    }

    /**
     * Maps a surname ("brun", "van der berg") to the only person whose full name ends with it; a
     * surname two people share maps to neither.
     */
    private static Map<String, Entity> surnames(Set<Entity> fullNames) {
        Map<String, Entity> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // Longest names first: a name that is itself the surname of a longer one ("Von der Leyen") adds none.
        Comparator<Entity> longestFirst = Comparator.comparingInt((Entity e) -> -e.label().length()).thenComparing(Entity::label)
                .thenComparing(e -> e.wikidata().orElse(""));
        for (Entity e : fullNames.stream().sorted(longestFirst).toList()) {
            String[] words = Text.fold(e.label()).split(" ");
            if (words.length < 2 || bySurname.containsKey(Text.fold(e.label()))) {
                continue;
            }
            for (int from = 1; from < words.length; from++) {
                String surname = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                Entity earlier = bySurname.putIfAbsent(surname, e);
                if (earlier != null && !earlier.sameAs(e)) {
                    ambiguous.add(surname);
                }
            }
        }
        ambiguous.forEach(bySurname::remove);
        return bySurname;
    }

    /** The succession dates by linked holding; two that become one keep the preferred date. */
    private Map<String, PartialDate> dates(Map<Tenure, PartialDate> byTenure) {
        Map<String, PartialDate> dates = new HashMap<>();
        byTenure.forEach((tenure, date) -> {
            Office office = tenure.office();
            Office linked = new Office(office.role(), office.organization().map(this::person), office.wikidata());
            dates.merge(holding(person(tenure.person()), linked), date, LinkEvidence::preferred);
        });
        return dates;
    }

    private static String personRole(Entity person, String foldedRole) {
        return person.key() + "|" + foldedRole;
    }

    private static String holding(Entity person, Office office) {
        return person.key() + "|" + office.key();
    }

    private static String topicGroup(Entity endorser, Polarity polarity, TargetKind kind) {
        return endorser.key() + "|" + polarity + "|" + kind;
    }
}
