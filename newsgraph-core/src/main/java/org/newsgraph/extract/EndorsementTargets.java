package org.newsgraph.extract;

import static org.newsgraph.extract.EndorsementExtractor.children;
import static org.newsgraph.extract.EndorsementExtractor.has;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.newsgraph.extract.Endorsement.Target;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * The targets of an endorsement cue, read from its dependents: a person ("thanked X"), a person's
 * candidacy ("congratulated X on his appointment", "welcomed the appointment of X", "pleased to announce the
 * appointment of X"), or a thing in
 * plain words built from the target phrase ("commended Norway for its plan to ...": "Norway's plan to ...").
 */
final class EndorsementTargets {

    /** A target and the tokens {@code [from, to)} that name it. */
    record Found(Target target, int from, int to) {
    }

    private final EndorsementCues cues;
    private final Antecedents antecedents;
    private final Enactments enactments;

    EndorsementTargets(EndorsementCues cues) {
        this.cues = cues;
        this.antecedents = new Antecedents(cues);
        this.enactments = new Enactments(cues);
    }

    /** The target a phrase pattern points at: a named person, else the thing its phrase names. */
    List<Found> ofNode(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head, boolean election) {
        int at = ParsedSentence.at(head);
        Optional<Entity> named = personalPronoun(s, at)
                ? (election ? subjectBefore(article, s) : Optional.<Entity>empty()).or(() -> article.lastPersonBefore(s, at))
                : Agents.named(article, s, graph, head);
        if (named.isPresent() && named.get().kind() == EntityKind.PERSON) {
            // "voted against X", "campaigned for X": X as a candidate.
            return List.of(election ? new Found(new Target(TargetKind.CANDIDACY, named.get().label() + "'s candidacy", named), at, at + 1)
                    : person(named.get(), at));
        }
        if (antecedents.anaphoric(s, graph, head) ? antecedents.of(article, s, at).isEmpty() : s.tag(at).startsWith("PRP")) {
            return List.of();
        }
        List<Found> candidacies = candidacies(article, s, graph, head);
        return candidacies.isEmpty() ? List.of(phrase(article, s, graph, head)) : candidacies;
    }

    /**
     * The person a verb of asking asks to run for a post ("X's candidacy") or to stay in one ("X's extension"), named or
     * a pronoun for the person named last before it who is not the one asking ("A asked him to stay" is not about A).
     */
    List<Found> drafted(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord asking, IndexedWord clause) {
        String what = cues.isA("stay", s.lemma(ParsedSentence.at(clause))) ? "extension" : "candidacy";
        List<Found> out = new ArrayList<>();
        for (IndexedWord object : children(graph, asking, "obj")) {
            int at = ParsedSentence.at(object);
            int before = children(graph, asking, "nsubj").stream().mapToInt(ParsedSentence::at)
                    .filter(d -> d < at && s.ner(d).equals("PERSON")).map(d -> s.nerRun(d)[0]).min().orElse(at);
            Optional<Entity> person = (personalPronoun(s, at) ? article.lastPersonBefore(s, before) : Agents.named(article, s, graph, object))
                    .filter(e -> e.kind() == EntityKind.PERSON);
            person.ifPresent(p -> out.add(new Found(new Target(TargetKind.CANDIDACY, p.label() + "'s " + what, person),
                    Math.min(at, ParsedSentence.at(clause)), Math.max(at, ParsedSentence.at(clause)) + 1)));
        }
        return out;
    }

    /**
     * An action a speaker judges: its phrase, with the verb's phrases after it ("has shown leadership in providing aid"),
     * in the name of the clause's named subject ("Ruritania has waged a war of aggression": Ruritania's aggression).
     */
    List<Found> ofAction(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord noun, List<Entity> holders) {
        Optional<IndexedWord> referent = referent(s, graph);
        if (referent.isPresent() && children(graph, noun, "nmod:poss").stream().anyMatch(p -> s.tag(ParsedSentence.at(p)).equals("PRP$"))) {
            // "\u201cyour landmark decision,\u201d A said, referring to B's increase in spending": the deed the words stand for.
            return List.of(phrase(article, s, graph, referent.get()));
        }
        TreeSet<Integer> tokens = TargetPhrase.tokens(graph, noun);
        IndexedWord node = noun;
        String owner = null;
        for (int depth = 0; depth < 3 && node != null; depth++) {
            SemanticGraphEdge up = DependencyPath.governor(graph, node).orElse(null);
            if (up == null) {
                break;
            }
            String rel = up.getRelation().toString();
            if (rel.equals("obj")) {
                IndexedWord verb = up.getGovernor();
                for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
                    if (edge.getRelation().toString().startsWith("obl")) {
                        TreeSet<Integer> phrase = TargetPhrase.tokens(graph, edge.getDependent());
                        children(graph, edge.getDependent(), "case").forEach(c -> phrase.add(ParsedSentence.at(c)));
                        if (phrase.first() == tokens.last() + 1) {
                            tokens.addAll(phrase);
                        }
                    }
                }
                for (IndexedWord subject : children(graph, verb, "nsubj")) {
                    // "you have shown outstanding support": the deed of the one the speaker addresses.
                    Optional<Entity> doer = s.lower(ParsedSentence.at(subject)).equals("you")
                            ? vocative(article, s, graph).or(() -> addressedBefore(article, s, holders))
                            : Agents.named(article, s, graph, subject);
                    owner = doer.map(Entity::label).orElse(null);
                }
                break;
            }
            if (!rel.equals("nmod:of")) {
                break;
            }
            node = up.getGovernor();
        }
        boolean owned = children(graph, noun, "nmod:poss").stream().anyMatch(p -> !s.tag(ParsedSentence.at(p)).equals("PRP$"));
        String label = TargetPhrase.label(s, tokens, ParsedSentence.at(noun), null);
        if (owner != null && !owned) {
            label = owner + "'s " + label;
        }
        return List.of(new Found(new Target(TargetKind.ACTION, label, Optional.empty()), tokens.first(), tokens.last() + 1));
    }

    /** The bill a legislature passes: its phrase, or the words before the verb where the parser broke the sentence. */
    List<Found> ofBill(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord bill, IndexedWord verb) {
        return enactments.misparsedTarget(s, graph, bill, verb).map(List::of).orElseGet(() -> ofNode(article, s, graph, bill, false));
    }

    /** The action a clause names, by its verb's gerund and its object: "to end the fighting in X" is "ending fighting in X". */
    List<Found> ofClause(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        List<Found> out = new ArrayList<>();
        for (IndexedWord object : children(graph, verb, "obj")) {
            TreeSet<Integer> tokens = TargetPhrase.tokens(graph, object);
            String label = gerund(s.lemma(ParsedSentence.at(verb))) + " " + TargetPhrase.label(s, tokens, ParsedSentence.at(object), null);
            out.add(new Found(new Target(TargetKind.ACTION, label, Optional.empty()), ParsedSentence.at(verb), tokens.last() + 1));
        }
        return out;
    }

    /** "end": "ending"; "halt": "halting"; "cease": "ceasing". */
    private static String gerund(String lemma) {
        return (lemma.endsWith("e") && !lemma.endsWith("ee") ? lemma.substring(0, lemma.length() - 1) : lemma) + "ing";
    }

    /** The targets of a cue verb whose stance {@code holders} take, who are not the ones they address ("I thank you"). */
    List<Found> ofVerb(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord verb, boolean passive,
                       List<Entity> holders) {
        List<IndexedWord> objects = withConjuncts(graph, children(graph, verb, passive ? "nsubj:pass" : "obj")).stream()
                .map(o -> relativeHead(s, graph, o)).toList();
        Optional<IndexedWord> clause = forClause(s, graph, verb);
        Optional<IndexedWord> reason = first(graph, verb, "obl:for", "obl:on", "obl:over").or(() -> clause);
        if (objects.stream().anyMatch(o -> s.lower(ParsedSentence.at(o)).equals("you"))) {
            // "thank you, Anna, for ...": the parser may make the addressee a second object.
            objects = objects.stream().filter(o -> s.lower(ParsedSentence.at(o)).equals("you")).toList();
        }
        List<Found> out = new ArrayList<>();
        for (IndexedWord object : objects) {
            int at = ParsedSentence.at(object);
            if (s.lower(at).equals("you")) {
                // "Thank you, Anna, for your support of X": what the addressee did, in her name.
                Optional<Entity> addressee = vocative(article, s, graph)
                        .or(() -> reason.isPresent() && s.tag(ParsedSentence.at(reason.get())).startsWith("NN")
                                ? addressedBefore(article, s, holders) : Optional.empty());
                boolean deed = reason.isPresent() && !candidacy(s, reason.get());
                if (addressee.isPresent() && (deed || addressee.get().kind() == EntityKind.PERSON)) {
                    // A country thanked with no deed named ("Thank you, Ruritania") is no person to take as the target.
                    Entity person = addressee.get();
                    out.add(deed ? phrase(s, graph, reason.get(), person.label()) : owned(s, graph, person, reason, at));
                } else if (deed) {
                    // "Minister, thank you for your support of X": what the unnamed addressee did.
                    out.add(phrase(s, graph, reason.get(), null));
                }
                continue;
            }
            if (personalPronoun(s, at)) {
                // "... but A supported her": the person named last before the pronoun (the endorser is dropped later).
                article.lastPersonBefore(s, at).ifPresent(person -> out.add(person(person, at)));
                continue;
            }
            if (antecedents.anaphoric(s, graph, object)) {
                if (antecedents.of(article, s, at).isPresent()) {
                    out.add(phrase(article, s, graph, object));
                }
                continue;
            }
            if (s.tag(at).startsWith("PRP") || s.tag(at).startsWith("W")) {
                continue;
            }
            Optional<Entity> named = Agents.named(article, s, graph, object);
            if (named.isPresent() && named.get().kind() == EntityKind.PERSON && reason.isPresent() && ownedByOther(s, graph, reason.get())) {
                // "thanked the minister for Lithuania's contributions": the contributions, not the minister.
                out.add(phrase(s, graph, reason.get(), null));
            } else if (named.isPresent() && named.get().kind() == EntityKind.PERSON) {
                out.add(owned(s, graph, named.get(), reason, at));
            } else if (named.isPresent() && reason.isPresent() && !s.ner(ParsedSentence.at(reason.get())).equals("PERSON")) {
                out.add(phrase(s, graph, reason.get(), named.get().label()));
            } else {
                Found plain = withControlled(s, graph, verb, object, phrase(article, s, graph, object));
                boolean said = reason.isPresent() && (reason.equals(clause) || s.tag(ParsedSentence.at(reason.get())).equals("VBG"));
                out.add(said && plain.target().entity().isEmpty()
                        ? withReason(s, graph, object, reason.get(), plain) : plain);
            }
        }
        return out;
    }

    List<Found> ofAdjective(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord adjective) {
        List<Found> out = new ArrayList<>();
        for (IndexedWord to : withConjuncts(graph, children(graph, adjective, "obl:to"))) {
            Agents.named(article, s, graph, to).filter(e -> e.kind() == EntityKind.PERSON)
                    .ifPresent(p -> out.add(person(p, ParsedSentence.at(to))));
        }
        if (out.isEmpty()) {
            // "critical of X" opposes X; "critical for X" is no stance.
            (cues.cue(EndorsementCues.CueClass.ADJECTIVE, s.lower(ParsedSentence.at(adjective))).orElseThrow() == Values.Polarity.OPPOSE
                    ? first(graph, adjective, "obl:of", "obl:about") : first(graph, adjective, "obl:for", "obl:of", "obl:about")).ifPresent(t -> out.add(phrase(article, s, graph, t)));
        }
        if (out.isEmpty() && cues.cue(EndorsementCues.CueClass.ADJECTIVE, s.lower(ParsedSentence.at(adjective))).orElseThrow() == Values.Polarity.SUPPORT) {
            for (IndexedWord announce : children(graph, adjective, "xcomp")) {
                if (cues.isA("announce", s.lemma(ParsedSentence.at(announce)))) {
                    out.addAll(announcedAppointments(article, s, graph, announce));
                }
            }
        }
        if (out.isEmpty()) {
            // "delighted that X and Y will lead ...": the people the clause names.
            for (IndexedWord clause : children(graph, adjective, "ccomp")) {
                for (int i : TargetPhrase.tokens(graph, clause)) {
                    if (s.ner(i).equals("PERSON") && (i == 0 || !s.ner(i - 1).equals("PERSON"))) {
                        article.entityAt(s, i).ifPresent(p -> out.add(person(p, i)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "pleased to announce the appointment of X", "delighted to announce that the Council has agreed to appoint X as ...":
     * the appointments an announcement names, by a candidacy noun it announces or an appointing verb in the clause.
     */
    private List<Found> announcedAppointments(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord announce) {
        List<Found> out = new ArrayList<>();
        for (IndexedWord object : children(graph, announce, "obj")) {
            out.addAll(candidacies(article, s, graph, object));
        }
        for (IndexedWord clause : children(graph, announce, "ccomp")) {
            for (int i : TargetPhrase.tokens(graph, clause)) {
                Optional<IndexedWord> verb = DependencyPath.node(graph, i)
                        .filter(v -> s.tag(ParsedSentence.at(v)).startsWith("VB") && CueWords.bundled().appointment().contains(s.lemma(ParsedSentence.at(v))));
                List<IndexedWord> appointed = verb.map(v -> EndorsementExtractor.passive(graph, v)
                        ? children(graph, v, "nsubj:pass") : children(graph, v, "obj")).orElse(List.of());
                for (IndexedWord person : appointed) {
                    Agents.named(article, s, graph, person).filter(e -> e.kind() == EntityKind.PERSON)
                            .or(() -> nameUnderTitle(article, s, graph, person)).ifPresent(p -> out.add(new Found(
                            new Target(TargetKind.CANDIDACY, p.label() + "'s appointment", Optional.of(p)), ParsedSentence.at(person), ParsedSentence.at(person) + 1)));
                }
            }
        }
        return out;
    }

    /**
     * "appoint His Excellency General Ilse Brandauer AC DSC as ...": post-nominal letters may lead the parser to make the
     * title the object and hang the name under the letters; the person the proper nouns right after the title name.
     */
    private static Optional<Entity> nameUnderTitle(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord title) {
        if (!s.ner(ParsedSentence.at(title)).equals("TITLE")) {
            return Optional.empty();
        }
        for (int i = ParsedSentence.at(title) + 1; i < s.size() && s.tag(i).startsWith("NNP"); i++) {
            if (s.ner(i).equals("PERSON")) {
                return article.agentAt(s, i).filter(e -> e.kind() == EntityKind.PERSON);
            }
        }
        return Optional.empty();
    }

    List<Found> ofNoun(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        List<Found> out = new ArrayList<>();
        if (!Endorsers.givers(graph, noun).isEmpty()) {
            // "X won support from A": the support is for X's candidacy.
            recipient(article, s, graph, noun).ifPresent(person -> out.add(new Found(new Target(TargetKind.CANDIDACY,
                    person.label() + "'s candidacy", Optional.of(person)), ParsedSentence.at(noun), ParsedSentence.at(noun) + 1)));
            return out;
        }
        // "gave X his endorsement", "offered his congratulations to X": the receiver of the verb the noun is the object of.
        Optional<IndexedWord> receiver = graph.incomingEdgeList(noun).stream().filter(e -> e.getRelation().toString().equals("obj"))
                .flatMap(e -> receivers(graph, e.getGovernor(), noun).stream()).findFirst();
        // "support of A and B": each conjunct is a target of its own.
        List<IndexedWord> heads = withConjuncts(graph, first(graph, noun, "nmod:for", "nmod:of", "nmod:to", "nmod:on", "nmod:in")
                .or(() -> receiver).stream().toList());
        if (heads.isEmpty() && has(graph, noun, "nmod:poss")) {
            candidacyBefore(article, s, ParsedSentence.at(noun)).ifPresent(out::add);
        }
        for (IndexedWord t : heads) {
            Optional<Entity> named = article.entityAt(s, ParsedSentence.at(t));
            List<Found> appositions = named.isPresent() ? List.of() : appositivePersons(article, s, graph, t);
            if (named.isPresent() && named.get().kind() == EntityKind.PERSON) {
                out.add(person(named.get(), ParsedSentence.at(t)));
            } else if (!appositions.isEmpty()) {
                out.addAll(appositions);
            } else {
                out.add(phrase(article, s, graph, t));
            }
        }
        return out;
    }

    /**
     * "A was the last holdout for X's candidacy. B confirmed his support": a held stance that names no target of its own
     * is on the person's candidacy named last before it, in its sentence or the one before.
     */
    private Optional<Found> candidacyBefore(ParsedArticle article, ParsedSentence s, int at) {
        return Antecedents.back(article, s, at, 1, (sentence, graph, node) -> {
            int i = ParsedSentence.at(node);
            if (!sentence.tag(i).startsWith("NN") || !candidacy(sentence, node)) {
                return Optional.empty();
            }
            return children(graph, node, "nmod:poss").stream()
                    .flatMap(p -> Agents.named(article, sentence, graph, p).stream())
                    .filter(e -> e.kind() == EntityKind.PERSON).findFirst()
                    .map(person -> new Found(new Target(TargetKind.CANDIDACY, person.label() + "'s " + sentence.word(i), Optional.of(person)),
                            at, at + 1));
        });
    }

    /** The receivers of a giving verb: its indirect object ("gave X his support"), else its "to" phrase after the noun given. */
    private static List<IndexedWord> receivers(SemanticGraph graph, IndexedWord verb, IndexedWord given) {
        List<IndexedWord> out = new ArrayList<>(children(graph, verb, "iobj"));
        children(graph, verb, "obl:to").stream().filter(to -> ParsedSentence.at(to) > ParsedSentence.at(given)).forEach(out::add);
        return out;
    }

    /** "to the two new judges, A and B": the people an apposition names for a common noun. */
    private static List<Found> appositivePersons(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        List<Found> out = new ArrayList<>();
        for (IndexedWord appos : withConjuncts(graph, children(graph, head, "appos"))) {
            article.entityAt(s, ParsedSentence.at(appos)).filter(e -> e.kind() == EntityKind.PERSON)
                    .ifPresent(p -> out.add(person(p, ParsedSentence.at(appos))));
        }
        return out;
    }

    /**
     * "tariffs on Canadian goods, which A condemned": a relative pronoun after a phrase's last noun stands for the whole
     * phrase, though the parser hangs the clause on the nearest noun.
     */
    private static IndexedWord relativeHead(ParsedSentence s, SemanticGraph graph, IndexedWord object) {
        if (children(graph, object, "ref").isEmpty()) {
            return object;
        }
        return DependencyPath.governor(graph, object).filter(e -> e.getRelation().toString().startsWith("nmod:")
                        && s.tag(ParsedSentence.at(e.getGovernor())).startsWith("NN")
                        && ParsedSentence.at(e.getGovernor()) < ParsedSentence.at(object))
                .map(SemanticGraphEdge::getGovernor).orElse(object);
    }

    /** "applauded A's pledge to invest ...": a clause whose subject is the object belongs to the target phrase. */
    private Found withControlled(ParsedSentence s, SemanticGraph graph, IndexedWord verb, IndexedWord object, Found found) {
        if (found.target().kind() == TargetKind.PERSON || found.target().entity().isPresent()) {
            return found;
        }
        for (IndexedWord clause : children(graph, verb, "xcomp")) {
            if (children(graph, clause, "nsubj:xsubj").contains(object)) {
                TreeSet<Integer> tokens = TargetPhrase.tokens(graph, object);
                tokens.addAll(TargetPhrase.tokens(graph, clause));
                String label = TargetPhrase.label(s, tokens, ParsedSentence.at(object), null);
                return new Found(new Target(found.target().kind(), label, Optional.empty()), tokens.first(), tokens.last() + 1);
            }
        }
        return found;
    }

    /**
     * "praised all three nations for being on track to ...", "criticised the allies for not contributing ...": the
     * praise is for what the clause says of them, so the object and the clause make the target.
     */
    private static Found withReason(ParsedSentence s, SemanticGraph graph, IndexedWord object, IndexedWord clause, Found plain) {
        TreeSet<Integer> tokens = TargetPhrase.tokens(graph, object);
        tokens.addAll(TargetPhrase.tokens(graph, clause));
        tokens.removeIf(i -> s.lower(i).equals("for") && s.tag(i).equals("IN") && i < ParsedSentence.at(clause)
                && i > ParsedSentence.at(object));
        String label = TargetPhrase.label(s, tokens, ParsedSentence.at(object), null);
        return new Found(new Target(TargetKind.ACTION, label, Optional.empty()), tokens.first(), tokens.last() + 1);
    }

    /**
     * The person who receives support: the subject of the nearest clause above the support noun, also a passive one
     * ("Having secured support from A, X is set to take over").
     */
    private static Optional<Entity> recipient(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord noun) {
        IndexedWord node = noun;
        for (int depth = 0; node != null && depth < 4; depth++) {
            List<IndexedWord> subjects = new ArrayList<>(children(graph, node, "nsubj"));
            subjects.addAll(children(graph, node, "nsubj:pass"));
            for (IndexedWord subject : subjects) {
                Optional<Entity> person = Agents.named(article, s, graph, subject).filter(e -> e.kind() == EntityKind.PERSON);
                if (person.isPresent()) {
                    return person;
                }
            }
            node = graph.incomingEdgeList(node).stream().findFirst().map(SemanticGraphEdge::getGovernor).orElse(null);
        }
        return Optional.empty();
    }

    private boolean candidacy(ParsedSentence s, IndexedWord head) {
        return cues.kindOf(s.lemma(ParsedSentence.at(head))) == TargetKind.CANDIDACY;
    }

    /** A reason phrase whose possessor is a noun ("for his country's initiative"), not the person praised. */
    private static boolean ownedByOther(ParsedSentence s, SemanticGraph graph, IndexedWord reason) {
        // "for his country's initiative to spend ...", which the parser may read as a clause with the initiative its subject.
        List<IndexedWord> heads = new ArrayList<>(List.of(reason));
        if (s.tag(ParsedSentence.at(reason)).startsWith("VB")) {
            heads.addAll(children(graph, reason, "nsubj"));
        }
        return heads.stream().flatMap(h -> children(graph, h, "nmod:poss").stream()).anyMatch(p -> !s.tag(ParsedSentence.at(p)).equals("PRP$"));
    }

    /** A person, or the person's candidacy when the reason is one ("congratulated X on his election"). */
    private Found owned(ParsedSentence s, SemanticGraph graph, Entity person, Optional<IndexedWord> reason, int at) {
        if (reason.isPresent()) {
            IndexedWord r = reason.get();
            if (candidacy(s, r)) {
                String label = person.label() + "'s " + s.word(ParsedSentence.at(r));
                return new Found(new Target(TargetKind.CANDIDACY, label, Optional.of(person)), Math.min(at, ParsedSentence.at(r)),
                        Math.max(at, ParsedSentence.at(r)) + 1);
            }
        }
        return person(person, at);
    }

    private static Found person(Entity person, int at) {
        return new Found(new Target(TargetKind.PERSON, person.label(), Optional.of(person)), at, at + 1);
    }

    /** A thing named by a phrase; a named organisation or country as itself; "the appointment of X" as X's appointment. */
    private Found phrase(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        if (antecedents.anaphoric(s, graph, head)) {
            // "backed the plan": the plan named in full before; its label, the anaphor's tokens as evidence.
            return antecedents.of(article, s, at).map(a -> new Found(new Target(cues.kindOf(a.told().isPresent() ? s.lemma(at) : a.sentence().lemma(ParsedSentence.at(a.head()))),
                    a.label(), Optional.empty()), at, at + 1))
                    .orElseGet(() -> phrase(s, graph, head, null));
        }
        TargetKind kind = cues.kindOf(s.lemma(at));
        List<Found> candidacies = candidacies(article, s, graph, head);
        if (!candidacies.isEmpty()) {
            return candidacies.get(0);
        }
        Optional<Entity> named = article.entityAt(s, at).filter(e -> e.kind() != EntityKind.PLACE && e.kind() != EntityKind.PERSON);
        if (named.isPresent() && children(graph, head, "nmod:poss").isEmpty()) {
            return new Found(new Target(TargetKind.POLICY, named.get().label(), Optional.empty()), at, at + 1);
        }
        for (IndexedWord possessor : children(graph, head, "nmod:poss")) {
            Optional<Entity> holder = Agents.titled(article, s, graph, possessor);
            if (holder.isPresent()) {
                // "condemned the president's attacks": the attacks of the person who holds that office.
                TreeSet<Integer> tokens = TargetPhrase.tokens(graph, head);
                TreeSet<Integer> owner = TargetPhrase.tokens(graph, possessor);
                children(graph, possessor, "case").forEach(c -> owner.add(ParsedSentence.at(c)));
                tokens.removeAll(owner);
                String label = holder.get().label() + "'s " + TargetPhrase.label(s, tokens, at, null);
                return new Found(new Target(kind, label, Optional.empty()), Math.min(tokens.first(), owner.first()), tokens.last() + 1);
            }
        }
        return phrase(s, graph, head, null);
    }

    /**
     * "A replaces B. C, who proposed her for the post, ...": a pronoun put forward as a candidate stands for the topic of
     * the sentence before, the person its main clause is about.
     */
    private static Optional<Entity> subjectBefore(ParsedArticle article, ParsedSentence s) {
        if (s.index() == 0 || article.sentences().get(s.index() - 1).graph().isEmpty()) {
            return Optional.empty();
        }
        ParsedSentence before = article.sentences().get(s.index() - 1);
        SemanticGraph graph = before.graph().get();
        for (IndexedWord root : graph.getRoots()) {
            // The parser may make the name heading a long apposition the root ("A, 39, an economist, replaces B").
            List<IndexedWord> subjects = new ArrayList<>(before.tag(ParsedSentence.at(root)).startsWith("NNP") ? List.of(root) : List.of());
            subjects.addAll(children(graph, root, "nsubj"));
            subjects.addAll(children(graph, root, "nsubj:pass"));
            for (IndexedWord subject : subjects) {
                Optional<Entity> person = Agents.named(article, before, graph, subject).filter(e -> e.kind() == EntityKind.PERSON);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "him" or "her" heading a phrase (or "he", "she" as the subject a judgement is of): a person, though the tagger may take
     * "her" for a possessive ("supported her this time").
     */
    private static boolean personalPronoun(ParsedSentence s, int at) {
        return s.lower(at).equals("him") || s.lower(at).equals("he") || s.lower(at).equals("she")
                || s.lower(at).equals("her") && s.tag(at).startsWith("PRP");
    }

    /**
     * The candidacies a candidacy noun names: "the choice of A and B" (each), "her nomination" (the person named last
     * before it who is not the clause's subject: "A voted against her nomination").
     */
    private List<Found> candidacies(ParsedArticle article, ParsedSentence s, SemanticGraph graph, IndexedWord head) {
        int at = ParsedSentence.at(head);
        List<Found> out = new ArrayList<>();
        if (cues.kindOf(s.lemma(at)) != TargetKind.CANDIDACY) {
            return out;
        }
        List<IndexedWord> named = withConjuncts(graph, children(graph, head, "nmod:of"));
        boolean anyPerson = named.stream().anyMatch(n -> s.ner(ParsedSentence.at(n)).equals("PERSON"));
        for (IndexedWord of : named) {
            int i = ParsedSentence.at(of);
            // "the choice of A and B": when the tagger knows B for a person, a capitalised A beside B is one too.
            Optional<Entity> person = article.entityAt(s, i).filter(e -> e.kind() == EntityKind.PERSON)
                    .or(() -> anyPerson && s.tag(i).equals("NNP") ? article.personNamed(s, TargetPhrase.tokens(graph, of).first(), i + 1) : Optional.empty());
            person.ifPresent(p -> out.add(
                    new Found(new Target(TargetKind.CANDIDACY, p.label() + "'s " + s.word(at), Optional.of(p)), at, i + 1)));
        }
        for (IndexedWord owner : children(graph, head, "nmod:poss")) {
            int i = ParsedSentence.at(owner);
            if (s.tag(i).equals("PRP$") && (s.lower(i).equals("her") || s.lower(i).equals("his"))) {
                otherPersonBefore(article, s, graph, i).ifPresent(person -> out.add(
                        new Found(new Target(TargetKind.CANDIDACY, person.label() + "'s " + s.word(at), Optional.of(person)), i, at + 1)));
            }
        }
        return out;
    }

    /** The person named last before token {@code i}, passing over the subjects of the sentence (who do not vote on themselves). */
    private static Optional<Entity> otherPersonBefore(ParsedArticle article, ParsedSentence s, SemanticGraph graph, int i) {
        int limit = i;
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            int d = ParsedSentence.at(edge.getDependent());
            if (edge.getRelation().toString().startsWith("nsubj") && d < i && s.ner(d).equals("PERSON")) {
                limit = Math.min(limit, s.nerRun(d)[0]);
            }
        }
        return article.lastPersonBefore(s, limit);
    }

    private Found phrase(ParsedSentence s, SemanticGraph graph, IndexedWord head, String owner) {
        TreeSet<Integer> tokens = TargetPhrase.tokens(graph, head);
        String label = TargetPhrase.label(s, graph, head, owner);
        int at = ParsedSentence.at(head);
        if (label.isBlank()) {
            label = s.word(at);
        }
        return new Found(new Target(cues.kindOf(s.lemma(at)), label, Optional.empty()), tokens.first(), tokens.last() + 1);
    }

    /** The phrase a speaker is said to refer to: "..., A said, referring to B's increase in spending". */
    private Optional<IndexedWord> referent(ParsedSentence s, SemanticGraph graph) {
        for (IndexedWord node : graph.vertexListSorted()) {
            if (cues.isA("refer", s.lemma(ParsedSentence.at(node))) && s.tag(ParsedSentence.at(node)).equals("VBG")) {
                Optional<IndexedWord> to = first(graph, node, "obl:to");
                if (to.isPresent()) {
                    return to;
                }
            }
        }
        return Optional.empty();
    }

    /** "commended A for its plan to ...", which the parser may read as a clause marked by "for". */
    private static Optional<IndexedWord> forClause(ParsedSentence s, SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
            if (edge.getRelation().toString().startsWith("advcl")) {
                for (IndexedWord mark : children(graph, edge.getDependent(), "mark")) {
                    if (s.lower(ParsedSentence.at(mark)).equals("for")) {
                        return Optional.of(edge.getDependent());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whom a "you" with no name beside it addresses ("I want to thank you for your leadership"): the person named last in
     * the sentences just before, who is not the speaker nor named as an owner.
     */
    private static Optional<Entity> addressedBefore(ParsedArticle article, ParsedSentence s, List<Entity> holders) {
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - 3; k--) {
            ParsedSentence before = article.sentences().get(k);
            for (int j = before.size() - 1; j >= 0; j--) {
                if (before.ner(j).equals("PERSON")) {
                    // A possessor ("Ola's war of choice") is talked about, not talked to.
                    boolean possessor = j + 1 < before.size() && before.tag(j + 1).equals("POS");
                    Optional<Entity> person = article.entityAt(before, j);
                    if (person.isPresent() && !possessor && holders.stream().noneMatch(h -> h.sameAs(person.get()))) {
                        return person;
                    }
                    j = before.nerRun(j)[0];
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The one a "you" is addressed to: a person or country named between commas ("Thank you, Anna, for ...", "Minister
     * Holt, thank you for ..."), else a person the parser hangs from the sentence as an addressee would be.
     */
    private static Optional<Entity> vocative(ParsedArticle article, ParsedSentence s, SemanticGraph graph) {
        Optional<Entity> named = Vocatives.of(article, s);
        if (named.isPresent()) {
            return named;
        }
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            String rel = edge.getRelation().toString();
            // The parser may read the addressee as a second object of "thank".
            if (rel.equals("vocative") || rel.equals("appos") || rel.equals("dep") || rel.equals("parataxis") || rel.equals("obj")) {
                Optional<Entity> person = article.entityAt(s, ParsedSentence.at(edge.getDependent()))
                        .filter(e -> e.kind() == EntityKind.PERSON);
                if (person.isPresent()) {
                    return person;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<IndexedWord> first(SemanticGraph graph, IndexedWord node, String... relations) {
        for (String relation : relations) {
            List<IndexedWord> found = children(graph, node, relation);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private static List<IndexedWord> withConjuncts(SemanticGraph graph, List<IndexedWord> heads) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord head : heads) {
            if (!out.contains(head)) {
                out.add(head);
            }
            for (IndexedWord conj : children(graph, head, "conj")) {
                if (!out.contains(conj)) {
                    out.add(conj);
                }
            }
        }
        return out;
    }
}
