package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.DateMention;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.PartialDate;
import org.newsgraph.nlp.Stage;
import org.newsgraph.nlp.Titles;

/**
 * Finds who holds which office: titles before names ("Danish Prime Minister Anna Holm"),
 * appositions ("Scholz, the German chancellor,"), "served as" clauses with their "since" dates,
 * "As NATO's secretary general, he …", and the offices a succession names ("will succeed B as
 * X"). Status comes from "former", "outgoing", "then-", "designate" and the tense. Pure.
 */
public final class RoleExtractor implements Stage<List<RoleHolding>> {

    private static final Pattern AS_AFTER_PREDECESSOR = Pattern.compile("^(?:\\s+(?:from|of)\\s+\\S+)?\\s+as\\s+");
    private static final Pattern AS_AFTER = Pattern.compile("^\\s+as\\s+");

    public static final Layer<List<RoleHolding>> LAYER = Layer.list("roles");

    private static final Pattern APPOSITION = Pattern.compile(
            "^\\s*,\\s*(?:\\d{1,3},\\s*)?(?:(?:(?:a|an) [\\p{L}-]+(?: [\\p{L}-]+)? )?(?:who|which)\\s+"
                    + "(has served|had served|served|serves|is|was|has been|had been|remains)\\s+(?:as\\s+)?)?");
    /** "named Ola Dahl as finance minister": the verb, then the person, then the office. */
    private static final Pattern VERB_PERSON_AS = Pattern.compile(
            "(?i)\\b(named|appointed|nominated|picked|chose|tapped|approved|confirmed|elected|installed|proposed)\\s+"
                    + "(?:(?:Lieutenant|Major|Brigadier|General|Admiral|Vice|Rear|Air|Marshal|Colonel|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+)*$");
    private static final Pattern TERM_AS = Pattern.compile("(?i)\\b(?:his|her|their)\\s+(?:term|tenure|time|stint|post|role|job)\\s+as\\s+");
    private static final Pattern SERVED_AS = Pattern.compile(
            "(?i)\\b(has served|have served|had served|served|serves|is serving|has been serving|became|becomes|will become|will be|"
                    + "is set to become|takes office|took office|was (?:re-?)?(?:named|appointed|elected|sworn in|confirmed|installed)|"
                    + "has been (?:re-?)?(?:named|appointed|elected|sworn in|confirmed)|is (?:named|appointed|elected)|"
                    + "(?:re-?)?elected|appointed|named|approved|(?:is |was )?(?:in line|poised|due|set) to become)\\s+(?:as\\s+)?");
    private static final Pattern AS_TITLE = Pattern.compile("(?i)(?:^|,\\s*)as\\s+");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^\\s*(he|she)\\b");

    private final OfficeParser offices;

    public RoleExtractor(Titles titles) {
        this.offices = new OfficeParser(titles);
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.DATES);
    }

    @Override
    public Layer<List<RoleHolding>> provides() {
        return LAYER;
    }

    @Override
    public List<RoleHolding> apply(AnnotatedArticle article) {
        ArticleView view = ArticleView.of(article);
        Map<String, RoleHolding> roles = new LinkedHashMap<>();
        for (SentenceView s : view.sentences()) {
            List<RoleHolding> found = new ArrayList<>();
            titleBeforeName(s, found);
            apposition(s, found);
            servedAs(view, s, found);
            asTitle(view, s, found);
            personAs(s, found);
            termAs(view, s, found);
            succeedAs(s, found);
            succeeding(s, found);
            for (RoleHolding role : found) {
                // One statement per sentence and fact: the first rule to read it keeps it, later ones add dates.
                roles.merge(role.key() + "#" + s.sentence().index(), role, RoleExtractor::mergeDates);
            }
        }
        OrganisationGuesser guesser = new OrganisationGuesser(view);
        return roles.values().stream().map(guesser::complete).toList();
    }

    private void titleBeforeName(SentenceView s, List<RoleHolding> found) {
        for (Mention person : people(s)) {
            int begin = s.local(person.span()).begin();
            offices.endingAt(s, begin).ifPresent(parsed -> found.add(role(s, person, parsed,
                    parsed.status().orElse(HoldingStatus.CURRENT), Optional.empty(), Optional.empty(),
                    parsed.begin(), s.local(person.span()).end(), "roles.title-before-name", 0.9)));
        }
    }

    private void apposition(SentenceView s, List<RoleHolding> found) {
        for (Mention person : people(s)) {
            int end = s.local(person.span()).end();
            Matcher m = APPOSITION.matcher(s.plain().substring(end));
            if (!m.find()) {
                continue;
            }
            HoldingStatus tense = m.group(1) == null ? HoldingStatus.CURRENT : tenseStatus(m.group(1));
            offices.startingAt(s, end + m.end())
                    .filter(parsed -> s.mentionAt(parsed.end()).filter(next -> next.kind() == EntityKind.PERSON).isEmpty())
                    .ifPresent(parsed -> found.add(role(s, person, parsed, parsed.status().orElse(tense),
                            dateAfter(s, parsed.end(), SINCE), Optional.empty(),
                            s.local(person.span()).begin(), parsed.end(), "roles.apposition", 0.85)));
        }
    }

    private void servedAs(ArticleView view, SentenceView s, List<RoleHolding> found) {
        Matcher m = SERVED_AS.matcher(s.plain());
        while (m.find()) {
            int cue = m.start();
            Optional<Mention> holder = subjectBefore(view, s, cue);
            Optional<OfficeParser.Parsed> parsed = offices.startingAt(s, m.end());
            if (holder.isEmpty() || parsed.isEmpty()) {
                continue;
            }
            HoldingStatus status = parsed.get().status().orElse(tenseStatus(m.group(1)));
            // A re-election dates a new term, not the start of the holding.
            Optional<PartialDate> start = m.group(1).toLowerCase(Locale.ROOT).contains("re-") || m.group(1).toLowerCase(Locale.ROOT).contains("reelect")
                    ? Optional.empty() : dateAfter(s, parsed.get().end(), SINCE_ON_IN);
            found.add(role(s, holder.get(), parsed.get(), status, start,
                    Optional.empty(), Math.min(cue, startOf(s, holder.get(), cue)), parsed.get().end(), "roles.served-as", 0.85));
        }
    }

    private void asTitle(ArticleView view, SentenceView s, List<RoleHolding> found) {
        Matcher m = AS_TITLE.matcher(s.plain());
        while (m.find()) {
            Optional<OfficeParser.Parsed> parsed = offices.startingAt(s, m.end());
            if (parsed.isEmpty()) {
                continue;
            }
            String rest = s.plain().substring(parsed.get().end());
            if (!rest.matches("(?s)^\\s*,.*")) {
                continue;
            }
            int after = parsed.get().end() + rest.indexOf(',') + 1;
            Optional<Mention> holder = s.mentionAt(after).filter(p -> p.kind() == EntityKind.PERSON);
            if (holder.isEmpty() && PRONOUN.matcher(s.plain().substring(after)).find()) {
                holder = view.lastPersonBefore(s.sentence().index());
            }
            holder.ifPresent(person -> found.add(role(s, person, parsed.get(), parsed.get().status().orElse(HoldingStatus.CURRENT),
                    Optional.empty(), Optional.empty(), m.start(), Math.max(after, parsed.get().end()), "roles.as-title", 0.8)));
        }
    }

    private void succeedAs(SentenceView s, List<RoleHolding> found) {
        Matcher m = Cues.SUCCEED.matcher(s.plain());
        while (m.find()) {
            if (Cues.UNCERTAIN.matcher(s.plain().substring(0, m.start())).find()) {
                continue;
            }
            Optional<Mention> predecessor = s.mentionAt(m.end()).filter(p -> p.kind() == EntityKind.PERSON);
            Optional<Mention> successor = s.agentsBefore(m.start()).stream().filter(p -> p.kind() == EntityKind.PERSON).findFirst();
            if (predecessor.isEmpty() || successor.isEmpty()) {
                continue;
            }
            int afterPredecessor = s.local(predecessor.get().span()).end();
            Matcher as = AS_AFTER_PREDECESSOR.matcher(s.plain().substring(afterPredecessor));
            if (!as.find()) {
                continue;
            }
            Optional<OfficeParser.Parsed> parsed = offices.startingAt(s, afterPredecessor + as.end());
            if (parsed.isEmpty()) {
                continue;
            }
            boolean past = Cues.past(m.group(1), m.group(2));
            Optional<PartialDate> date = dateAfter(s, parsed.get().end(), TAKING_OFFICE);
            int begin = s.local(successor.get().span()).begin();
            found.add(role(s, successor.get(), parsed.get(), past ? HoldingStatus.CURRENT : HoldingStatus.DESIGNATE,
                    date, Optional.empty(), begin, parsed.get().end(), "roles.succeed-as", 0.85));
            found.add(role(s, predecessor.get(), parsed.get(), past ? HoldingStatus.FORMER : HoldingStatus.CURRENT,
                    Optional.empty(), date, begin, parsed.get().end(), "roles.succeed-as", 0.8));
        }
    }

    /** "parliament approved Ola Dahl as prime minister". */
    private void personAs(SentenceView s, List<RoleHolding> found) {
        for (Mention person : people(s)) {
            int begin = s.local(person.span()).begin();
            int end = s.local(person.span()).end();
            Matcher verb = VERB_PERSON_AS.matcher(s.plain().substring(0, begin));
            Matcher as = AS_AFTER.matcher(s.plain().substring(end));
            if (!verb.find() || !as.find() || Cues.UNCERTAIN.matcher(s.plain().substring(0, verb.start())).find()) {
                continue;
            }
            Optional<PartialDate> dated = dateBefore(s, verb.start());
            offices.startingAt(s, end + as.end()).ifPresent(parsed -> found.add(role(s, person, parsed,
                    parsed.status().orElse(HoldingStatus.CURRENT), dateAfter(s, parsed.end(), ON_IN).or(() -> dated), Optional.empty(),
                    verb.start(), parsed.end(), "roles.person-as", 0.8)));
        }
    }

    /** "her term as president of the central bank". */
    private void termAs(ArticleView view, SentenceView s, List<RoleHolding> found) {
        Matcher m = TERM_AS.matcher(s.plain());
        while (m.find()) {
            Optional<Mention> holder = subjectBefore(view, s, m.start());
            Optional<OfficeParser.Parsed> parsed = offices.startingAt(s, m.end());
            if (holder.isPresent() && parsed.isPresent()) {
                found.add(role(s, holder.get(), parsed.get(), parsed.get().status().orElse(HoldingStatus.CURRENT),
                        Optional.empty(), Optional.empty(), Math.min(m.start(), startOf(s, holder.get(), m.start())), parsed.get().end(),
                        "roles.term-as", 0.75));
            }
        }
    }

    /** "A was sworn in as president, succeeding B": B held the office A took, until A's start. */
    private static void succeeding(SentenceView s, List<RoleHolding> found) {
        Matcher m = Cues.SUCCEEDING.matcher(s.plain());
        while (m.find()) {
            Optional<Mention> predecessor = s.mentionAt(m.end()).filter(p -> p.kind() == EntityKind.PERSON);
            if (predecessor.isEmpty() || Cues.UNCERTAIN.matcher(s.plain().substring(0, m.start())).find()) {
                continue;
            }
            Optional<RoleHolding> taken = found.stream()
                    .filter(r -> r.status() != HoldingStatus.FORMER && !r.person().sameAs(predecessor.get().entity()))
                    .findFirst();
            taken.ifPresent(r -> found.add(new RoleHolding(predecessor.get().entity(), r.office(), Optional.empty(), r.start(),
                    HoldingStatus.FORMER, s.evidence(Math.min(s.local(r.evidence().span()).begin(), m.start()),
                    s.local(predecessor.get().span()).end(), "roles.succeeding", 0.8))));
        }
    }

    private static List<Mention> people(SentenceView s) {
        return s.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).toList();
    }

    /** The person the clause before {@code cue} is about: the nearest person, or "he"/"she" resolved. */
    private static Optional<Mention> subjectBefore(ArticleView view, SentenceView s, int cue) {
        Optional<Mention> person = s.agentsBefore(cue).stream().filter(p -> p.kind() == EntityKind.PERSON).findFirst();
        if (person.isPresent()) {
            return person;
        }
        return PRONOUN.matcher(s.plain()).find() ? view.lastPersonBefore(s.sentence().index()) : Optional.empty();
    }

    private static int startOf(SentenceView s, Mention person, int fallback) {
        return person.sentence() == s.sentence().index() ? s.local(person.span()).begin() : fallback;
    }

    /** "parliament on 17 July 2025 approved": a day-precise date introduced by "on" right before the verb at {@code verb}. */
    static Optional<PartialDate> dateBefore(SentenceView s, int verb) {
        Optional<PartialDate> found = Optional.empty();
        for (DateMention date : s.dates()) {
            Span local = s.local(date.span());
            if (local.end() <= verb && s.plain().substring(0, local.begin()).matches("(?s).*\\bon\\s+$")
                    && s.plain().substring(local.end(), verb).matches("[\\s,]*")) {
                found = Optional.of(date.date());
            }
        }
        return found;
    }

    /** What introduces a date in the same clause: no comma, semicolon or conjunction between the office and its date. */
    static Pattern dateLead(String prepositions) {
        return Pattern.compile("(?i)^(?:(?!\\b(?:while|whereas|but|and|who|which)\\b)[^.;,]){0,80}?\\b(?:" + prepositions + ")\\s+$");
    }

    private static final Pattern SINCE = dateLead("since|from");
    private static final Pattern SINCE_ON_IN = dateLead("since|from|on|in");
    private static final Pattern ON_IN = dateLead("on|from|in");
    private static final Pattern TAKING_OFFICE = dateLead("on|from|in|assuming the role on|taking office on");

    /** The first date after {@code from} that {@code lead} introduces (see {@link #dateLead}). */
    static Optional<PartialDate> dateAfter(SentenceView s, int from, Pattern lead) {
        for (DateMention date : s.datesAfter(from)) {
            String between = s.plain().substring(from, s.local(date.span()).begin());
            if (lead.matcher(between).find()) {
                return Optional.of(date.date());
            }
        }
        return Optional.empty();
    }

    private static HoldingStatus tenseStatus(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.startsWith("will") || v.startsWith("is set") || v.endsWith("to become")) {
            return HoldingStatus.DESIGNATE;
        }
        return v.equals("served") || v.equals("had served") || v.equals("was") || v.equals("had been") ? HoldingStatus.FORMER : HoldingStatus.CURRENT;
    }

    private static RoleHolding role(SentenceView s, Mention person, OfficeParser.Parsed parsed, HoldingStatus status,
                                    Optional<PartialDate> start, Optional<PartialDate> end, int begin, int finish, String rule, double confidence) {
        int from = Math.max(0, Math.min(begin, finish));
        int to = Math.min(s.plain().length(), Math.max(begin, finish));
        return new RoleHolding(person.entity(), parsed.office(), start, end, status, s.evidence(from, to, rule, confidence));
    }

    private static RoleHolding mergeDates(RoleHolding first, RoleHolding second) {
        return new RoleHolding(first.person(), first.office(), first.start().or(second::start), first.end().or(second::end),
                first.status(), first.evidence());
    }

}
