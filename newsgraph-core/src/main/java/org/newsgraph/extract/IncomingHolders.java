package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.Text;

/**
 * Successions the text states by juxtaposition, with no verb of succession: a person given an
 * office as its "new" or "next" holder ("A became the new Chair", "the appointment of A as the
 * next Secretary-General") follows the one other person the article names as holding that office
 * ("outgoing Chair B", "Secretary-General B, who over the last ten years ..."). Two or more other
 * holders, or a holder the text calls former, leave it open. Immutable.
 */
final class IncomingHolders {

    private static final Set<String> INCOMING = Set.copyOf(CueWords.lines("incoming-words"));

    private final ParsedArticle a;
    private final List<RoleHolding> roles;
    private final OfficeFinder offices;
    private final OrganisationContext context;

    IncomingHolders(ParsedArticle a, List<RoleHolding> roles, OfficeFinder offices) {
        this.a = a;
        this.roles = roles;
        this.offices = offices;
        this.context = new OrganisationContext(a, offices);
    }

    /** An office named as taken by a new holder, in sentence {@code s}. */
    record Incoming(Entity successor, Office office, ParsedSentence sentence, OfficePhrase phrase) {
    }

    /** The offices the article gives new holders: a "new"/"next" office phrase and the person a role of the same sentence puts in it. */
    List<Incoming> incoming() {
        List<Incoming> out = new ArrayList<>();
        for (ParsedSentence s : a.sentences()) {
            for (OfficePhrase p : offices.find(a, s)) {
                if (!incoming(s, p)) {
                    continue;
                }
                Office office = p.office(context.organisationFor(s, p));
                roles.stream().filter(r -> r.evidence().sentence().equals(s.span()) && r.status() != HoldingStatus.FORMER)
                        .filter(r -> sameOffice(r.office(), office)).findFirst()
                        .ifPresent(r -> out.add(new Incoming(r.person(), r.office(), s, p)));
            }
        }
        return out;
    }

    /** The one person other than the new holder whom the article names as holding {@code in}'s office; empty if none or several. */
    Optional<Entity> previous(Incoming in) {
        Map<String, Entity> holders = new LinkedHashMap<>();
        boolean former = false;
        for (RoleHolding r : roles) {
            if (!r.person().sameAs(in.successor()) && sameOffice(r.office(), in.office())) {
                addHolder(holders, r.person());
            }
        }
        for (ParsedSentence t : a.sentences()) {
            for (OfficePhrase p : offices.find(a, t)) {
                if (p.to() >= t.size() || incoming(t, p) || !sameOffice(p.office(context.organisationFor(t, p)), in.office())) {
                    continue;
                }
                Optional<Entity> titled = titled(t, p).filter(e -> !e.sameAs(in.successor()));
                titled.ifPresent(e -> addHolder(holders, e));
            }
        }
        return holders.size() == 1 ? holders.values().stream().findFirst() : Optional.empty();
    }

    /** Adds {@code person} unless a holder already named is the same or shares a name with them ("B", "B Ha-na"): the longer name stays. */
    private static void addHolder(Map<String, Entity> holders, Entity person) {
        for (Map.Entry<String, Entity> held : holders.entrySet()) {
            String known = held.getValue().label();
            if (person.sameAs(held.getValue()) || partOf(person.label(), known) || partOf(known, person.label())) {
                if (person.label().length() > known.length()) {
                    held.setValue(person);
                }
                return;
            }
        }
        holders.put(person.key(), person);
    }

    /** "Lee" in "Lee Ha-na", "Ardent" in "Maria Ardent": the first or last words of a longer name. */
    private static boolean partOf(String name, String longer) {
        return longer.startsWith(name + " ") || longer.endsWith(" " + name);
    }

    /**
     * "Secretary-General B": the person named just after a title, also when the tagger took the name
     * for something else (a run of proper nouns, as names of an unfamiliar shape often are).
     */
    private Optional<Entity> titled(ParsedSentence t, OfficePhrase p) {
        int from = p.to();
        Optional<Entity> tagged = Participants.person(a, t, from, Optional.empty()).map(Participants.Holder::person);
        if (tagged.isPresent() || !t.tag(from).equals("NNP") || !Set.of("O", "MISC").contains(t.ner(from))) {
            return tagged;
        }
        int to = from;
        while (to < t.size() && (t.tag(to).equals("NNP") && Set.of("O", "MISC").contains(t.ner(to))
                || t.tag(to).equals("HYPH") && to + 1 < t.size() && t.tag(to + 1).equals("NNP"))) {
            to++; // a hyphenated given name such as "Lee Ha-na", tokenised "Lee" "Ha" "-" "na"
        }
        return a.personNamed(t, from, to);
    }

    /** "the new Chair", "the next Secretary-General": a word of the phrase or just before it names a holder to come. */
    private static boolean incoming(ParsedSentence s, OfficePhrase p) {
        for (int i = Math.max(0, p.from() - 1); i < p.head(); i++) {
            if (INCOMING.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** The same role in plain words, and the same organisation where both name one. */
    private static boolean sameOffice(Office x, Office y) {
        boolean role = Text.fold(x.role()).equals(Text.fold(y.role()));
        boolean org = x.organization().isEmpty() || y.organization().isEmpty() || x.organization().get().sameAs(y.organization().get());
        return role && org;
    }
}
