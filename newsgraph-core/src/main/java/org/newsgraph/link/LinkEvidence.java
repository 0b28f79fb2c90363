package org.newsgraph.link;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.extract.Endorsement;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.Office;
import org.newsgraph.extract.RoleHolding;
import org.newsgraph.extract.Succession;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Text;

/**
 * What articles tell the linker, in the articles' own, unlinked names: the people named in full,
 * the organisations of each person's roles, the dates of dated successions and the labels of
 * endorsement targets. No article text. Immutable and serialisable; merging is associative and
 * commutative, so evidence merged in any grouping and order is the same.
 *
 * <p>Linking is one round of map, reduce and apply, whether a batch is linked in memory
 * ({@link EntityLinker#link}), in a Spark job, or against the evidence an earlier build kept:
 * <ol>
 * <li>map: each article gives its evidence, {@link #of(ArticleFacts)}
 *     ({@code articles.map(LinkEvidence::of)});</li>
 * <li>reduce: the evidence of all articles is merged, {@link #merge}
 *     ({@code .treeReduce(LinkEvidence::merge)}); an incremental build also merges the evidence the
 *     store keeps of the articles built before;</li>
 * <li>derive: {@link EntityLinker#tables} makes the {@link LinkTables} of the merged evidence, in
 *     two steps: the surname table first, then the tables of organisations, succession dates and
 *     topics, grouped by the people the surname table makes of the articles' names. Because the
 *     evidence keeps those names, the second step needs no second pass over the articles;</li>
 * <li>apply: the tables (small, serialisable) are broadcast and each article is linked on its own,
 *     {@link EntityLinker#apply} ({@code articles.map(a -> linker.apply(a, tables.value()))}).</li>
 * </ol>
 * The merged evidence holds one entry per distinct full name, person and role, dated holding and
 * endorser's group of targets: it grows with the things the corpus names, not with its articles.
 *
 * @param fullNames     every person named with two words or more
 * @param organisations the organisations each person's role is given, by person and folded role
 * @param starts        for a successor and an office, the date of the succession
 * @param ends          for a predecessor and an office, the date of the succession
 * @param topics        the labels of the non-person targets of each endorser, polarity and kind
 */
public record LinkEvidence(Set<Entity> fullNames, Map<PersonRole, Set<Entity>> organisations, Map<Tenure, PartialDate> starts,
                           Map<Tenure, PartialDate> ends, Map<TopicGroup, Set<String>> topics) implements Serializable {

    /** The evidence of no article. */
    public static final LinkEvidence EMPTY = new LinkEvidence(Set.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public LinkEvidence {
        fullNames = Set.copyOf(fullNames);
        organisations = copyOfSets(organisations);
        starts = Map.copyOf(starts);
        ends = Map.copyOf(ends);
        topics = copyOfSets(topics);
    }

    /** A person in a role as an article names it: the role folded ("prime minister"). */
    public record PersonRole(Entity person, String role) implements Serializable {
        public PersonRole {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A person's holding of an office as an article names them; the office without its Wikidata item. */
    public record Tenure(Entity person, Office office) implements Serializable {
        public Tenure {
            Objects.requireNonNull(person, "person");
            if (office.wikidata().isPresent()) {
                throw new IllegalArgumentException("the office of a tenure has no Wikidata item, but was: " + office);
            }
        }
    }

    /** The targets an endorser supports or opposes, of one kind. */
    public record TopicGroup(Entity endorser, Polarity polarity, TargetKind kind) implements Serializable {
        public TopicGroup {
            Objects.requireNonNull(endorser, "endorser");
            Objects.requireNonNull(polarity, "polarity");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** The evidence of one article. */
    public static LinkEvidence of(ArticleFacts article) {
        return of(List.of(article));
    }

    /** The evidence of all {@code articles}: the same as merging the evidence of each. */
    public static LinkEvidence of(Collection<ArticleFacts> articles) {
        return of(articles.stream());
    }

    /** The evidence of all {@code articles}, gathered as they come, so that none need be held. */
    public static LinkEvidence of(Stream<ArticleFacts> articles) {
        Accumulator all = new Accumulator();
        articles.forEachOrdered(all::add);
        return all.evidence();
    }

    /** Whether this evidence already holds all of {@code other}'s, so that merging it in changes nothing. */
    public boolean covers(LinkEvidence other) {
        return merge(other).equals(this);
    }

    /**
     * What this evidence gives that {@code known} does not hold: the entries that merging this into
     * {@code known} adds or changes (a date more precise or earlier than the known one).
     */
    public LinkEvidence beyond(LinkEvidence known) {
        Set<Entity> names = new HashSet<>(fullNames);
        names.removeAll(known.fullNames());
        return new LinkEvidence(names, beyond(organisations, known.organisations()), beyondDates(starts, known.starts()),
                beyondDates(ends, known.ends()), beyond(topics, known.topics()));
    }

    private static <K, V> Map<K, Set<V>> beyond(Map<K, Set<V>> these, Map<K, Set<V>> known) {
        Map<K, Set<V>> out = new HashMap<>();
        these.forEach((key, values) -> {
            Set<V> fresh = new HashSet<>(values);
            fresh.removeAll(known.getOrDefault(key, Set.of()));
            if (!fresh.isEmpty()) {
                out.put(key, fresh);
            }
        });
        return out;
    }

    private static <K> Map<K, PartialDate> beyondDates(Map<K, PartialDate> these, Map<K, PartialDate> known) {
        Map<K, PartialDate> out = new HashMap<>();
        these.forEach((key, date) -> {
            PartialDate held = known.get(key);
            if (held == null || !preferred(held, date).equals(held)) {
                out.put(key, date);
            }
        });
        return out;
    }

    /** The evidence of this and {@code other}'s articles together. */
    public LinkEvidence merge(LinkEvidence other) {
        Accumulator both = new Accumulator();
        both.addAll(this);
        both.addAll(other);
        return both.evidence();
    }

    /**
     * Of two dates of one holding, the more precise; of two as precise, the earlier, so that the
     * choice does not depend on the order the articles come in.
     */
    static PartialDate preferred(PartialDate a, PartialDate b) {
        if (a.precision() != b.precision()) {
            return a.precision() > b.precision() ? a : b;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <K, V> Map<K, Set<V>> copyOfSets(Map<K, Set<V>> map) {
        return map.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** Gathers evidence; not thread-safe. */
    private static final class Accumulator {
        private final Set<Entity> fullNames = new HashSet<>();
        private final Map<PersonRole, Set<Entity>> organisations = new HashMap<>();
        private final Map<Tenure, PartialDate> starts = new HashMap<>();
        private final Map<Tenure, PartialDate> ends = new HashMap<>();
        private final Map<TopicGroup, Set<String>> topics = new HashMap<>();

        void add(ArticleFacts article) {
            article.entities().stream()
                    .filter(e -> e.kind() == EntityKind.PERSON && Text.fold(e.label()).split(" ").length >= 2)
                    .forEach(fullNames::add);
            article.facts().forEach(this::add);
        }

        private void add(Fact fact) {
            if (fact instanceof RoleHolding role && role.office().organization().isPresent()) {
                organisations.computeIfAbsent(new PersonRole(role.person(), Text.fold(role.office().role())), k -> new HashSet<>())
                        .add(role.office().organization().get());
            } else if (fact instanceof Succession s && s.office().isPresent() && s.date().isPresent()) {
                Office office = s.office().get().withWikidata(Optional.empty());
                starts.merge(new Tenure(s.successor(), office), s.date().get(), LinkEvidence::preferred);
                ends.merge(new Tenure(s.predecessor(), office), s.date().get(), LinkEvidence::preferred);
            } else if (fact instanceof Endorsement e && e.target().kind() != TargetKind.PERSON) {
                topics.computeIfAbsent(new TopicGroup(e.endorser(), e.polarity(), e.target().kind()), k -> new HashSet<>())
                        .add(e.target().label());
            }
        }

        void addAll(LinkEvidence evidence) {
            fullNames.addAll(evidence.fullNames());
            evidence.organisations().forEach((k, v) -> organisations.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
            evidence.starts().forEach((k, v) -> starts.merge(k, v, LinkEvidence::preferred));
            evidence.ends().forEach((k, v) -> ends.merge(k, v, LinkEvidence::preferred));
            evidence.topics().forEach((k, v) -> topics.computeIfAbsent(k, x -> new HashSet<>()).addAll(v));
        }

        LinkEvidence evidence() {
            return new LinkEvidence(fullNames, organisations, starts, ends, topics);
        }
    }
}
