package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Stage;

/**
 * Finds who follows whom: "A will succeed B", "A replaced B", "A took over from B", "B handed
 * over to A", "B was succeeded by A", "…, succeeding B", "B's successor, A". The office is the
 * one the sentence names after "as", else the one the article gives the predecessor or the
 * successor; the date is the one the sentence gives ("on 1 October"), else the successor's start.
 * Uncertain statements ("could succeed", "was floated as") yield nothing. Pure.
 */
public final class SuccessionExtractor implements Stage<List<Succession>> {

    public static final Layer<List<Succession>> LAYER = Layer.list("successions");

    private static final Pattern SUCCESSOR_NOUN = Pattern.compile("(?i)'s\\s+(successor|predecessor)\\b");
    private static final Pattern DATE_LEAD = RoleExtractor.dateLead("on|from|in|effective|assuming the role on|taking office on");

    @Override
    public String name() {
        return "successions";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.DATES, RoleExtractor.LAYER);
    }

    @Override
    public Layer<List<Succession>> provides() {
        return LAYER;
    }

    @Override
    public List<Succession> apply(AnnotatedArticle article) {
        ArticleView view = ArticleView.of(article);
        List<RoleHolding> roles = article.get(RoleExtractor.LAYER);
        List<Succession> found = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            List<Succession> here = new ArrayList<>();
            active(s, Cues.SUCCEED, true, "successions.succeed", here);
            active(s, Cues.SUCCEEDED_BY, false, "successions.passive", here);
            active(s, Cues.HAND_OVER, false, "successions.hand-over", here);
            participle(s, here);
            noun(s, here);
            for (Succession succession : here) {
                if (found.stream().noneMatch(f -> f.key().equals(succession.key()) && f.evidence().sentence().equals(succession.evidence().sentence()))) {
                    found.add(complete(succession, roles));
                }
            }
        }
        return List.copyOf(found);
    }

    /** A cue with one person before it and one right after; {@code beforeIsSuccessor} says which is which. */
    private void active(SentenceView s, Pattern cue, boolean beforeIsSuccessor, String rule, List<Succession> out) {
        Matcher m = cue.matcher(s.plain());
        while (m.find()) {
            if (uncertain(s, m.start())) {
                continue;
            }
            Optional<Mention> before = personBefore(s, m.start());
            Optional<Mention> after = personAt(s, m.end());
            if (before.isPresent() && after.isPresent()) {
                Mention successor = beforeIsSuccessor ? before.get() : after.get();
                Mention predecessor = beforeIsSuccessor ? after.get() : before.get();
                add(s, successor, predecessor, s.local(before.get().span()).begin(), s.local(after.get().span()).end(), rule, 0.9, out);
            }
        }
    }

    private void participle(SentenceView s, List<Succession> out) {
        Matcher m = Cues.SUCCEEDING.matcher(s.plain());
        while (m.find()) {
            Optional<Mention> predecessor = personAt(s, m.end());
            Optional<Mention> subject = s.mentions().stream().filter(p -> p.kind() == EntityKind.PERSON)
                    .filter(p -> s.local(p.span()).end() <= m.start()).findFirst();
            if (predecessor.isPresent() && subject.isPresent() && !uncertain(s, m.start())) {
                add(s, subject.get(), predecessor.get(), s.local(subject.get().span()).begin(),
                        s.local(predecessor.get().span()).end(), "successions.participle", 0.85, out);
            }
        }
    }

    /** "B's successor, A", "A, B's successor", "A was named B's successor", and the same with "predecessor". */
    private void noun(SentenceView s, List<Succession> out) {
        Matcher m = SUCCESSOR_NOUN.matcher(s.plain());
        while (m.find()) {
            Optional<Mention> owner = s.mentionEndingAt(m.start()).filter(p -> p.kind() == EntityKind.PERSON);
            if (owner.isEmpty() || uncertain(s, m.start())) {
                continue;
            }
            Optional<Mention> other = s.mentionAt(m.end() + (s.plain().startsWith(",", m.end()) ? 1 : 0))
                    .filter(p -> p.kind() == EntityKind.PERSON)
                    .or(() -> personBefore(s, s.local(owner.get().span()).begin()));
            if (other.isEmpty()) {
                continue;
            }
            boolean successorNoun = m.group(1).equalsIgnoreCase("successor");
            Mention successor = successorNoun ? other.get() : owner.get();
            Mention predecessor = successorNoun ? owner.get() : other.get();
            int begin = Math.min(s.local(owner.get().span()).begin(), s.local(other.get().span()).begin());
            int end = Math.max(m.end(), s.local(other.get().span()).end());
            add(s, successor, predecessor, begin, end, "successions.noun", 0.8, out);
        }
    }

    private static void add(SentenceView s, Mention successor, Mention predecessor, int begin, int end, String rule,
                            double confidence, List<Succession> out) {
        if (successor.entity().sameAs(predecessor.entity())) {
            return;
        }
        int cueEnd = Math.max(begin, end);
        Optional<PartialDate> date = RoleExtractor.dateAfter(s, cueEnd, DATE_LEAD);
        out.add(new Succession(successor.entity(), predecessor.entity(), Optional.empty(), date,
                s.evidence(Math.min(begin, end), cueEnd, rule, confidence)));
    }

    /** The office and date the article gives, where the sentence did not: from its roles. */
    private static Succession complete(Succession succession, List<RoleHolding> roles) {
        // The office changing hands: one the successor takes (not one they leave) or the predecessor leaves.
        Predicate<RoleHolding> taken = r -> holds(r, succession.successor()) && r.status() != Values.HoldingStatus.FORMER;
        Predicate<RoleHolding> left = r -> holds(r, succession.predecessor()) && r.status() != Values.HoldingStatus.DESIGNATE;
        Optional<RoleHolding> sameSentence = roles.stream()
                .filter(r -> r.evidence().sentence().equals(succession.evidence().sentence()))
                .filter(taken.or(left))
                .findFirst();
        Optional<RoleHolding> predecessorRole = roles.stream().filter(left)
                .filter(r -> r.office().organization().isPresent()).findFirst();
        Optional<RoleHolding> successorOffice = roles.stream().filter(taken)
                .filter(r -> r.office().organization().isPresent()).findFirst();
        Optional<RoleHolding> source = sameSentence.or(() -> predecessorRole).or(() -> successorOffice);
        Succession result = succession;
        if (source.isPresent()) {
            result = result.withOffice(source.get().office());
            Office office = source.get().office();
            Optional<RoleHolding> successorRole = roles.stream().filter(r -> holds(r, succession.successor()))
                    .filter(r -> r.office().key().equals(office.key())).filter(r -> r.start().isPresent()).findFirst();
            boolean sameSentenceStart = successorRole.filter(r -> r.evidence().sentence().equals(succession.evidence().sentence())).isPresent();
            // The successor's start in the same sentence dates the succession better than any later date in it.
            if (result.date().isEmpty() || sameSentenceStart) {
                result = result.withDate(successorRole.flatMap(RoleHolding::start).or(result::date));
            }
        }
        return result;
    }

    private static boolean holds(RoleHolding role, Entity person) {
        return role.person().sameAs(person);
    }

    /** Forms of address and ranks that may stand before a name: "General Timo Kivinen". */
    private static final Pattern RANKS = Pattern.compile("^(?:(?:Lieutenant|Major|Brigadier|General|Admiral|Vice|Rear|Air|Marshal|Colonel|"
            + "Captain|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Sir|Dame)\\s+)+");

    /** The person named at {@code at}, after any rank or form of address. */
    private static Optional<Mention> personAt(SentenceView s, int at) {
        Matcher rank = RANKS.matcher(s.plain().substring(at));
        int start = rank.find() ? at + rank.end() : at;
        return s.mentionAt(start).filter(p -> p.kind() == EntityKind.PERSON);
    }

    private static Optional<Mention> personBefore(SentenceView s, int end) {
        return s.agentsBefore(end).stream().filter(p -> p.kind() == EntityKind.PERSON).findFirst();
    }

    private static boolean uncertain(SentenceView s, int cue) {
        int from = Math.max(0, cue - 40);
        return Cues.UNCERTAIN.matcher(s.plain().substring(from, cue)).find();
    }
}
