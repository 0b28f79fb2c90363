package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
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
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Text;

/**
 * The linker as it was before linking ran as evidence, tables and a per-article step: one pass over
 * a batch held in memory. Kept as the reference the new linker must agree with on real corpora; it
 * shares with the linker only what works on one office or one group of labels, not the batch rules.
 * Makes one entity of each real-world thing across a batch of articles and links offices to
 * Wikidata. A person named by surname alone ("Brun") becomes the one person of the batch
 * with that surname and a full name; an office named without its organisation ("President Kern")
 * takes the organisation the batch gives the same person in the same role, when there is exactly
 * one; offices get the Wikidata position item the gazetteer knows ("Secretary General of NATO");
 * endorsement targets that name the same thing in other words become one topic.
 * Nothing is guessed where the batch is ambiguous. Stateless apart from its gazetteer; thread-safe.
 */
final class OnePassLinker {

    private final Gazetteer gazetteer;
    private final Topics topics = new Topics();

    OnePassLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The batch with its entities and offices linked; articles keep their order. */
    List<ArticleFacts> link(List<ArticleFacts> batch) {
        UnaryOperator<Entity> people = surnameResolver(batch);
        List<ArticleFacts> relinked = batch.stream().map(a -> relink(a, people)).toList();
        Map<String, Set<Optional<Entity>>> organisations = organisationsByPersonAndRole(relinked);
        List<ArticleFacts> linked = new ArrayList<>();
        for (ArticleFacts article : relinked) {
            List<Fact> facts = article.facts().stream().map(f -> agent(completeOffice(f, organisations))).toList();
            linked.add(new ArticleFacts(article.article(), article.entities(), facts));
        }
        return topics.merge(datesFromSuccessions(linked));
    }

    private static ArticleFacts relink(ArticleFacts article, UnaryOperator<Entity> link) {
        Set<Entity> entities = new LinkedHashSet<>();
        article.entities().forEach(e -> entities.add(link.apply(e)));
        List<Fact> facts = article.facts().stream().map(f -> f.relink(link)).toList();
        return new ArticleFacts(article.article(), List.copyOf(entities), facts);
    }

    /**
     * Maps a person named by a surname ("Brun", "Van der Berg") to the batch's only person
     * whose full name ends with it; a surname two people share maps to neither.
     */
    private static UnaryOperator<Entity> surnameResolver(List<ArticleFacts> batch) {
        Map<String, Entity> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // Longest names first: a name that is itself the surname of a longer one ("Von der Leyen") adds none.
        List<Entity> people = batch.stream().flatMap(a -> a.entities().stream()).filter(e -> e.kind() == EntityKind.PERSON)
                .distinct().sorted(Comparator.comparingInt((Entity e) -> -e.label().length()).thenComparing(Entity::label)).toList();
        for (Entity e : people) {
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
        return e -> {
            if (e.kind() != EntityKind.PERSON || e.wikidata().isPresent()) {
                return e;
            }
            Entity full = bySurname.get(Text.fold(e.label()));
            return full == null || full.label().length() <= e.label().length() ? e : full;
        };
    }

    private static Map<String, Set<Optional<Entity>>> organisationsByPersonAndRole(List<ArticleFacts> batch) {
        Map<String, Set<Optional<Entity>>> organisations = new HashMap<>();
        for (ArticleFacts article : batch) {
            for (Fact fact : article.facts()) {
                if (fact instanceof RoleHolding role && role.office().organization().isPresent()) {
                    organisations.computeIfAbsent(personRole(role.person(), role.office()), k -> new LinkedHashSet<>())
                            .add(role.office().organization());
                }
            }
        }
        return organisations;
    }

    /** Agents named by their seat ("the White House backed …") act as what they speak for. */
    private Fact agent(Fact fact) {
        if (fact instanceof Endorsement e) {
            return gazetteer.speaksFor(e.endorser()).map(e::withEndorser).orElse(e);
        }
        if (fact instanceof SpendingTarget t) {
            return gazetteer.speaksFor(t.actor()).map(t::withActor).orElse(t);
        }
        return fact;
    }

    private Fact completeOffice(Fact fact, Map<String, Set<Optional<Entity>>> organisations) {
        if (fact instanceof RoleHolding role) {
            return role.withOffice(linkOffice(complete(role.person(), role.office(), organisations)));
        }
        if (fact instanceof Succession succession && succession.office().isPresent()) {
            return succession.withOffice(linkOffice(succession.office().get()));
        }
        return fact;
    }

    private static Office complete(Entity person, Office office, Map<String, Set<Optional<Entity>>> organisations) {
        if (office.organization().isPresent()) {
            return office;
        }
        Set<Optional<Entity>> known = organisations.getOrDefault(personRole(person, office), Set.of());
        return known.size() == 1 ? new Office(office.role(), known.iterator().next(), office.wikidata()) : office;
    }

    /** Offices to Wikidata one at a time, with the gazetteer alone: the linker's own step. */
    private Office linkOffice(Office office) {
        return new EntityLinker(gazetteer, WikidataTables.none()).linkOffice(office);
    }

    /**
     * A dated succession dates the holdings it joins: the successor's start and the predecessor's
     * end, where the articles give the holding no date of its own.
     */
    private static List<ArticleFacts> datesFromSuccessions(List<ArticleFacts> batch) {
        Map<String, PartialDate> starts = new HashMap<>();
        Map<String, PartialDate> ends = new HashMap<>();
        for (ArticleFacts article : batch) {
            for (Fact fact : article.facts()) {
                if (fact instanceof Succession s && s.office().isPresent() && s.date().isPresent()) {
                    starts.merge(s.successor().key() + "|" + s.office().get().key(), s.date().get(), OnePassLinker::morePrecise);
                    ends.merge(s.predecessor().key() + "|" + s.office().get().key(), s.date().get(), OnePassLinker::morePrecise);
                }
            }
        }
        List<ArticleFacts> dated = new ArrayList<>();
        for (ArticleFacts article : batch) {
            List<Fact> facts = article.facts().stream().map(f -> {
                if (f instanceof RoleHolding r && (r.start().isEmpty() || r.end().isEmpty())) {
                    String key = r.person().key() + "|" + r.office().key();
                    return new RoleHolding(r.person(), r.office(), r.start().or(() -> Optional.ofNullable(starts.get(key))),
                            r.end().or(() -> Optional.ofNullable(ends.get(key))), r.status(), r.evidence());
                }
                return f;
            }).toList();
            dated.add(new ArticleFacts(article.article(), article.entities(), facts));
        }
        return dated;
    }

    private static PartialDate morePrecise(PartialDate a, PartialDate b) {
        return b.precision() > a.precision() ? b : a;
    }

    private static String personRole(Entity person, Office office) {
        return person.key() + "|" + Text.fold(office.role());
    }

    /** Batch orchestration of topics as it was; the clustering of one group's labels is the linker's own. */
    private static final class Topics {

        List<ArticleFacts> merge(List<ArticleFacts> batch) {
            Map<String, Set<String>> labelsByGroup = new HashMap<>();
            for (ArticleFacts article : batch) {
                for (Fact fact : article.facts()) {
                    if (fact instanceof Endorsement e && e.target().kind() != TargetKind.PERSON) {
                        labelsByGroup.computeIfAbsent(group(e), k -> new TreeSet<>()).add(e.target().label());
                    }
                }
            }
            Map<String, String> canonical = new HashMap<>();
            labelsByGroup.forEach((group, labels) -> TopicMerger.canonicalLabels(labels).forEach((label, to) -> canonical.put(group + "|" + label, to)));
            List<ArticleFacts> merged = new ArrayList<>();
            for (ArticleFacts article : batch) {
                List<Fact> facts = article.facts().stream().map(f -> rename(f, canonical)).toList();
                merged.add(new ArticleFacts(article.article(), article.entities(), facts));
            }
            return merged;
        }

        private static Fact rename(Fact fact, Map<String, String> canonical) {
            if (fact instanceof Endorsement e && e.target().kind() != TargetKind.PERSON) {
                String to = canonical.get(group(e) + "|" + e.target().label());
                if (to != null && !to.equals(e.target().label())) {
                    return e.withTarget(new Endorsement.Target(e.target().kind(), to, e.target().entity()));
                }
            }
            return fact;
        }

        private static String group(Endorsement e) {
            return e.endorser().key() + "|" + e.polarity() + "|" + e.target().kind();
        }
    }
}
