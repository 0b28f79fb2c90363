package org.newsgraph.extract;

import org.newsgraph.extract.EndorsementLexicon.Cue;
import org.newsgraph.extract.EndorsementLexicon.Shape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Endorsement.Target;
import org.newsgraph.extract.Values.Polarity;
import org.newsgraph.extract.Values.TargetKind;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Stage;

/**
 * Finds who publicly supports or opposes whom or what, from cue words ("praised", "voiced support
 * for", "was critical of", "pushed back"): the endorser is the nearest agent (or coordinated agents)
 * before the cue in its clause, or the person a "he"/"she" subject stands for; the target is the
 * rest of the clause, classified as a person, a candidacy, an action or a policy. Negated,
 * hypothetical and quoted cues, and unnamed agents ("critics", "observers"), give nothing. A pure
 * function of the article; thread-safe.
 */
public final class EndorsementExtractor implements Stage<List<Endorsement>> {

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\b(?:he|she)\\b((?:\\s+[a-z'-]+){0,3})\\s*$");
    private static final Pattern LIST_COMMA = Pattern.compile(",\\s+(?!(?:including|like|such as|notably|particularly|and)\\b)(?=[a-z]|\\p{Lu}\\p{Ll}+\\s+(?:is|was|will|has|had)\\b)");
    private static final Pattern NEW_SUBJECT = Pattern.compile("^[\\p{L} .'-]{1,40}?\\s+(?:is|was|will|has|had|have|are|were)\\b");

    public static final Layer<List<Endorsement>> LAYER = Layer.list("endorsements");


    private static final Pattern STOP_PUNCT = Pattern.compile("[;:!?\"(]|\\s-\\s|\\s--\\s");
    private static final Pattern STOP_COMMA = Pattern.compile(",\\s+(?=(?:\\w+ing|which|who|whom|whose|as|while|but|although|though|"
            + "because|whereas|after|before|when|since|amid|despite|and|or|according|said|says|with|where)\\b)");
    private static final Pattern STOP_WORD = Pattern.compile("\\s+(?=(?:after|because|while|when|despite|although|though|amid|"
            + "since|but|whereas|before|until|unless|if|so that|in order to)\\b|as\\s+(?:a|an|the|his|her|their|its|being|part|well)\\b"
            + "|and\\s+(?!the\\b)[a-z]+ed\\b)");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:the|a|an|this|that|these|those|its|their|to|of|for|on|against|"
            + "toward|towards|about)\\s+)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("(?:[\\s,.'\"]+|\\s+(?:in the past|as well|too|again|also|publicly|"
            + "personally|strongly|openly|repeatedly|hard|on \\w+day|last \\w+|this \\w+|in \\d{4}))+$", Pattern.CASE_INSENSITIVE);
    /** What may stand between a target's start and the person it names: titles, nationalities, "then-". */
    private static final Pattern NAME_LEAD = Pattern.compile("^(?:(?:the|former|then|current|[Pp]resident|then-\\S+|\\p{Lu}[\\p{L}.'-]*)\\s+)*$");
    /** What may follow a person who is the whole target: "praised X for ...", "welcomed X as ...". */
    private static final Pattern AFTER_ENTITY = Pattern.compile("^(?:\\s*$|\\s*[,.;:]|\\s+(?:for|as|over|in|on|at|during|after|"
            + "before|while|when|because|despite|amid|and|but|with|since|until|\\w+ly)\\b)");
    private static final Pattern LATTER = Pattern.compile("^(?:the\\s+)?latter\\b");
    private static final Pattern PERCENT_TARGET = Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b|percent\\b)((?:\\s+(?!of\\b|for\\b|to\\b|by\\b|and\\b|in\\b)[a-z-]+){0,3}?)\\s+"
                    + "(target|benchmark|goal|threshold|pledge|commitment|plan|guideline)\\b"
                    + "|\\b(target|benchmark|goal|threshold|guideline)\\s+of\\s+(\\d+(?:\\.\\d+)?)\\s?(?:%|per\\s?cent\\b|percent\\b)");

    private final EndorsementLexicon.Words lexicon;

    public EndorsementExtractor(EndorsementLexicon.Words lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public EndorsementExtractor() {
        this(EndorsementLexicon.Words.english());
    }

    @Override
    public String name() {
        return "endorsements";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.DATES);
    }

    @Override
    public Layer<List<Endorsement>> provides() {
        return LAYER;
    }

    /** A phrase the article names earlier that "the plan" or an unstated target may stand for. */
    private record Topic(int sentence, int position, TargetKind kind, String label, Optional<Entity> entity) {
    }

    /** "his critical stance toward X and strong support for Y": a second stance of the same endorser. */
    private static final Cue COORDINATED = Cue.of("endorsements.coordinated",
            "and\\s+(?:(?:strong|firm|steadfast|staunch|unwavering|vocal|continued|his|her|their|its)\\s+)*(?:support|backing)\\s+(?:for|of)",
            Polarity.SUPPORT, Shape.AGENT_CUE_TARGET, 0.6);

    /** Adds the stances coordinated with an endorsement found earlier in the same sentence. */
    private void coordinated(ArticleView view, SentenceView s, List<Topic> topics, List<Endorsement> out) {
        Matcher m = COORDINATED.pattern().matcher(Clauses.lower(s.plain()));
        while (m.find()) {
            int cueAt = s.sentence().span().begin() + m.start();
            Optional<Endorsement> earlier = out.stream()
                    .filter(e -> e.evidence().sentence().equals(s.sentence().span()) && e.evidence().span().begin() < cueAt)
                    .reduce((a, b) -> b);
            if (earlier.isEmpty()) {
                continue;
            }
            Entity endorser = earlier.get().endorser();
            int begin = s.local(earlier.get().evidence().span()).begin();
            target(view, s, COORDINATED, m.start(), m.end(), List.of(), topics)
                    .filter(t -> t.entity().map(e -> !e.sameAs(endorser)).orElse(true))
                    .ifPresent(t -> out.add(new Endorsement(endorser, t, Polarity.SUPPORT, Optional.empty(),
                            s.evidence(begin, m.end(), COORDINATED.rule(), COORDINATED.confidence()))));
        }
    }

    /** "calling Spain's refusal 'terrible'", "called the deal a breakthrough": a verdict on what is named. */
    private static final Pattern CALLED = Pattern.compile("\\bcall(?:ed|s|ing)\\s+((?:[\\p{L}\\d%'’.-]+\\s+){0,9}?[\\p{L}\\d%'’.-]+)\\s+[\"“']?"
            + "(?:(?:a|an|both|truly|deeply|simply|utterly|totally|completely|very)\\s+)*"
            + "((?:terrible|unacceptable|unjustified|outrageous|disgraceful|reckless|dangerous|mistaken|wrong|unrealistic|obsolete|"
            + "counterproductive|irresponsible|absurd|shameful|mistake|disaster|betrayal|failure|scandal)"
            + "|(?:great|excellent|historic|breakthrough|extraordinary|success|triumph|visionary|courageous|brave|vital|essential))\\b");
    private static final Pattern NEGATIVE_VERDICT = Pattern.compile("terrible|unacceptable|unjustified|outrageous|disgraceful|reckless|"
            + "dangerous|mistaken|wrong|unrealistic|obsolete|counterproductive|irresponsible|absurd|shameful|mistake|disaster|betrayal|failure|scandal");
    private static final Cue VERDICT = Cue.of("endorsements.called", "call(?:ed|s|ing)", Polarity.OPPOSE, Shape.AGENT_CUE_TARGET, 0.6);

    /** Verdicts: the endorser is the clause's agent, or the sentence's subject for a participle ("…, calling X terrible"). */
    private void verdicts(SentenceView s, List<Endorsement> out) {
        String lower = Clauses.lower(s.plain());
        Matcher m = CALLED.matcher(lower);
        while (m.find()) {
            int cue = m.start();
            boolean participle = lower.startsWith("calling", cue);
            int clause = Clauses.clauseStart(s.plain(), cue);
            List<Mention> before = participle ? Clauses.agentsBefore(s, 0, cue) : Clauses.agentsBefore(s, clause, cue);
            if (before.isEmpty() || lexicon.negation().matcher(lower.substring(s.local(before.get(0).span()).begin(), cue)).find()
                    || lexicon.hedge().matcher(lower.substring(clause, cue)).find()) {
                continue;
            }
            // A participle's subject is the sentence's: its first person, else its first agent ("US President X …, calling").
            Mention endorser = participle
                    ? s.mentions().stream().filter(p -> p.kind() == EntityKind.PERSON && s.local(p.span()).end() <= cue).findFirst()
                            .orElse(s.agentsBefore(cue).get(s.agentsBefore(cue).size() - 1))
                    : before.get(before.size() - 1);
            if (!Clauses.isAgent(s, endorser)) {
                continue;
            }
            int begin = m.start(1);
            int end = m.end(1);
            Optional<Target> entity = entityTargetOf(s, begin, end);
            String label = LEADING.matcher(s.plain().substring(begin, end)).replaceFirst("").strip();
            if (label.isEmpty() || entity.isEmpty() && (label.matches("(?i)[a-z]+") || label.matches("(?i)(?:his|her|its|their)\\b.*"))) {
                continue; // "calling it extraordinary", "calling the operation a success": nothing named
            }
            Target target = entity.orElseGet(() -> new Target(
                    lexicon.actionNouns().matcher(Clauses.lower(label)).find() ? TargetKind.ACTION : TargetKind.POLICY, label, Optional.empty()));
            if (target.entity().filter(e -> e.sameAs(endorser.entity())).isPresent()) {
                continue;
            }
            Polarity polarity = NEGATIVE_VERDICT.matcher(m.group(2)).matches() ? Polarity.OPPOSE : Polarity.SUPPORT;
            out.add(new Endorsement(endorser.entity(), target, polarity, Optional.empty(),
                    s.evidence(Math.min(s.local(endorser.span()).begin(), cue), m.end(), VERDICT.rule(), VERDICT.confidence())));
        }
    }

    /** The person or organisation the words {@code [begin, end)} name, and nothing else. */
    private static Optional<Target> entityTargetOf(SentenceView s, int begin, int end) {
        return s.mentions().stream()
                .filter(m -> s.local(m.span()).begin() == begin && s.local(m.span()).end() == end && m.kind().isAgent())
                .findFirst()
                .map(m -> m.kind() == EntityKind.PERSON
                        ? new Target(TargetKind.PERSON, m.entity().label(), Optional.of(m.entity()))
                        : new Target(TargetKind.POLICY, m.entity().label(), Optional.of(m.entity())));
    }

    @Override
    public List<Endorsement> apply(AnnotatedArticle article) {
        ArticleView view = ArticleView.of(article);
        List<Topic> topics = topics(view);
        List<Endorsement> out = new ArrayList<>();
        for (SentenceView s : view.sentences()) {
            String lower = Clauses.lower(s.plain());
            List<Span> quotes = Clauses.quotes(s.plain());
            List<Span> used = new ArrayList<>();
            for (Cue cue : lexicon.cues()) {
                Matcher m = cue.pattern().matcher(lower);
                while (m.find()) {
                    Span at = new Span(m.start(), m.end());
                    if (Clauses.inQuote(quotes, m.start()) || used.stream().anyMatch(u -> u.overlaps(at))) {
                        continue;
                    }
                    int before = out.size();
                    if (cue.shape() == Shape.SUPPORT_FROM) {
                        supportFrom(s, cue, m.start(), m.end(), quotes, out);
                    } else {
                        agentCueTarget(view, s, cue, m.start(), m.end(), quotes, topics, out);
                    }
                    if (out.size() > before) {
                        used.add(at);
                    }
                }
            }
            coordinated(view, s, topics, out);
            verdicts(s, out);
        }
        return List.copyOf(out);
    }

    private void agentCueTarget(ArticleView view, SentenceView s, Cue cue, int begin, int end, List<Span> quotes,
                                List<Topic> topics, List<Endorsement> out) {
        String plain = s.plain();
        String lower = Clauses.lower(plain);
        int clause = Clauses.clauseStart(plain, begin);
        if (lexicon.hedge().matcher(lower.substring(clause, begin)).find()) {
            return;
        }
        List<Mention> endorsers = Clauses.agentsBefore(s, clause, begin);
        int subjectBegin;
        if (!endorsers.isEmpty()) {
            Span last = s.local(endorsers.get(endorsers.size() - 1).span());
            String between = lower.substring(last.end(), begin);
            if (Clauses.words(between) > 12 || mentionsUnnamedAgent(between)) {
                return;
            }
            subjectBegin = s.local(endorsers.get(0).span()).begin();
        } else {
            Matcher pronoun = PRONOUN_SUBJECT.matcher(lower.substring(clause, begin));
            if (!pronoun.find()) {
                return;
            }
            Optional<Mention> person = view.lastSubjectBefore(s.sentence().index());
            if (person.isEmpty()) {
                return;
            }
            endorsers = List.of(person.get());
            subjectBegin = clause + pronoun.start();
        }
        // A negation counts in the cue's own clause, not in a relative clause between subject and verb
        // ("the Greens, who had not backed her in 2019, supported her this time").
        int negationScope = Math.max(subjectBegin, lower.lastIndexOf(',', Math.max(subjectBegin, begin - 1)) + 1);
        if (lexicon.negation().matcher(lower.substring(Math.min(negationScope, begin), begin)).find()) {
            return;
        }
        List<Mention> agents = endorsers;
        Optional<Target> target = antecedent(s, subjectBegin).or(() -> target(view, s, cue, begin, end, agents, topics));
        if (target.isEmpty()) {
            return;
        }
        int spanEnd = Math.max(end, targetEnd(plain, end));
        Optional<String> quote = quote(s, quotes, subjectBegin, endorsers, target.get());
        for (Mention endorser : endorsers) {
            if (target.get().entity().filter(e -> e.sameAs(endorser.entity())).isPresent()) {
                continue;
            }
            out.add(new Endorsement(endorser.entity(), target.get(), cue.polarity(), quote,
                    s.evidence(Math.min(subjectBegin, begin), spanEnd, cue.rule(), cue.confidence())));
        }
    }

    private boolean mentionsUnnamedAgent(String between) {
        for (String word : between.split("[^a-z]+")) {
            if (lexicon.unnamedAgents().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "A won support from B, C and D": B, C and D support A. */
    private void supportFrom(SentenceView s, Cue cue, int begin, int end, List<Span> quotes, List<Endorsement> out) {
        String plain = s.plain();
        String lower = Clauses.lower(plain);
        int clauseEnd = Clauses.clauseEnd(plain, end);
        Matcher comma = LIST_COMMA
                .matcher(plain.substring(0, clauseEnd));
        int stop = clauseEnd;
        int from = end;
        while (comma.find(from)) {
            // ", Holm is set to take over": a new clause, whose subject is no endorser
            if (!startsAgent(s, comma.end()) || NEW_SUBJECT.matcher(plain.substring(comma.end(), clauseEnd)).find()) {
                stop = comma.start();
                break;
            }
            from = comma.end();
        }
        int listEnd = stop;
        List<Mention> endorsers = Clauses.agentsAfter(s, end, listEnd);
        if (endorsers.isEmpty()) {
            return;
        }
        int clause = Clauses.clauseStart(plain, begin);
        if (lexicon.negation().matcher(lower.substring(clause, begin)).find() || lexicon.hedge().matcher(lower.substring(clause, begin)).find()) {
            return;
        }
        Optional<Mention> supported = s.mentions().stream()
                .filter(m -> m.kind() == EntityKind.PERSON && s.local(m.span()).end() <= begin).reduce((a, b) -> b);
        if (supported.isEmpty()) {
            supported = s.mentions().stream().filter(m -> m.kind() == EntityKind.PERSON && s.local(m.span()).begin() >= listEnd).findFirst();
        }
        if (supported.isEmpty()) {
            return;
        }
        Entity person = supported.get().entity();
        Target target = new Target(TargetKind.PERSON, person.label(), Optional.of(person));
        int last = s.local(endorsers.get(endorsers.size() - 1).span()).end();
        for (Mention endorser : endorsers) {
            if (!endorser.entity().sameAs(person)) {
                out.add(new Endorsement(endorser.entity(), target, cue.polarity(), Optional.empty(),
                        s.evidence(begin, last, cue.rule(), cue.confidence())));
            }
        }
    }

    private static boolean startsAgent(SentenceView s, int at) {
        String rest = s.plain().substring(at);
        String skipped = rest.replaceFirst("^(?:the\\s+)", "");
        int offset = at + rest.length() - skipped.length();
        return s.mentionAt(offset).filter(m -> Clauses.isAgent(s, m)).isPresent();
    }

    /** Where the target phrase that starts at {@code from} ends. */
    static int targetEnd(String plain, int from) {
        int end = plain.length();
        for (Pattern stop : List.of(STOP_PUNCT, STOP_COMMA, STOP_WORD)) {
            Matcher m = stop.matcher(plain);
            if (m.find(from) && m.start() < end) {
                end = m.start();
            }
        }
        return end;
    }

    private Optional<Target> target(ArticleView view, SentenceView s, Cue cue, int cueBegin, int cueEnd, List<Mention> endorsers,
                                    List<Topic> topics) {
        String plain = s.plain();
        int end = targetEnd(plain, cueEnd);
        String raw = plain.substring(cueEnd, end);
        String phrase = TRAILING.matcher(raw.strip()).replaceFirst("");
        int phraseBegin = cueEnd + (raw.length() - raw.stripLeading().length());
        int phraseEnd = phraseBegin + phrase.length();
        if (LATTER.matcher(Clauses.lower(phrase)).find()) {
            return latter(view, s, cueBegin, endorsers);
        }
        Optional<Target> entity = entityTarget(s, phraseBegin, phraseEnd);
        if (entity.isPresent() || cue.shape() == Shape.AGENT_CUE_ENTITY) {
            return entity;
        }
        int position = s.sentence().span().begin() + cueBegin;
        Matcher anaphor = lexicon.anaphor().matcher(Clauses.lower(phrase));
        if (anaphor.find() && !phrase.matches(".*\\d.*")) {
            Optional<Topic> topic = topics.stream()
                    .filter(t -> t.position() < position && t.kind() == TargetKind.POLICY && t.sentence() >= s.sentence().index() - 6)
                    .reduce((a, b) -> b);
            if (topic.isPresent()) {
                return Optional.of(new Target(TargetKind.POLICY, topic.get().label(), Optional.empty()));
            }
        }
        String label = LEADING.matcher(phrase).replaceFirst("").strip();
        Matcher pronoun = PERSON_PRONOUN.matcher(label);
        if (pronoun.lookingAt() && (pronoun.end() == label.length() || !Character.isLetter(label.charAt(pronoun.end())))) {
            // "voted against her", "backed her nomination": the person last named before the cue
            Optional<Mention> person = personBefore(view, s, cueBegin, endorsers);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            Entity who = person.get().entity();
            return Optional.of(pronoun.group(1) == null
                    ? new Target(TargetKind.PERSON, who.label(), Optional.of(who))
                    : new Target(TargetKind.CANDIDACY, who.label() + "'s " + pronoun.group(1).toLowerCase(java.util.Locale.ROOT), Optional.of(who)));
        }
        label = canonicalNames(s, phraseBegin, phraseEnd, label);
        if (label.isEmpty() || label.startsWith("that ") || label.matches("(?i)(?:him|her|them|it|us|me|you)")) {
            if (!label.isEmpty() && !label.startsWith("that ")) {
                return Optional.empty();
            }
            int sentenceEnd = s.sentence().span().end();
            return topics.stream()
                    .filter(t -> t.position() < sentenceEnd && t.sentence() >= s.sentence().index() - 6)
                    .reduce((a, b) -> b)
                    .map(t -> new Target(t.kind(), t.label(), t.entity()));
        }
        Matcher candidacy = Pattern.compile("^(.+?)'s\\s+(?:\\w+\\s+)?(" + lexicon.candidacyNouns().pattern() + ")\\b").matcher(label);
        if (candidacy.find()) {
            Optional<Mention> person = s.mentionEndingAt(phraseBegin + (phrase.length() - label.length()) + candidacy.end(1))
                    .filter(m -> m.kind() == EntityKind.PERSON);
            if (person.isPresent()) {
                return Optional.of(new Target(TargetKind.CANDIDACY, person.get().entity().label() + "'s " + candidacy.group(2),
                        Optional.of(person.get().entity())));
            }
        }
        if (CONTENT_FREE.matcher(label).matches()) {
            return Optional.empty(); // "welcomed the decision": a bare word that names nothing by itself
        }
        if (cue.rule().equals("endorsements.pledge-to")) {
            label = gerund(label); // "pledged to end the fighting": the policy is "ending the fighting"
        }
        TargetKind kind = lexicon.actionNouns().matcher(Clauses.lower(label)).find() ? TargetKind.ACTION : TargetKind.POLICY;
        return Optional.of(new Target(kind, label, Optional.empty()));
    }

    /** A target that is just a named person (or organisation), perhaps with a title before it. */
    /** The phrase with its first word, a verb, as a gerund: "end the war" → "ending the war". */
    static String gerund(String phrase) {
        int space = phrase.indexOf(' ');
        String verb = space < 0 ? phrase : phrase.substring(0, space);
        String rest = space < 0 ? "" : phrase.substring(space);
        if (!verb.matches("[a-z]+") || verb.endsWith("ing")) {
            return phrase;
        }
        String ing;
        if (verb.endsWith("ie")) {
            ing = verb.substring(0, verb.length() - 2) + "ying";
        } else if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length() > 2) {
            ing = verb.substring(0, verb.length() - 1) + "ing";
        } else if (verb.matches("[^aeiou]*[aeiou][^aeiouwxy]") && verb.length() <= 4) {
            ing = verb + verb.charAt(verb.length() - 1) + "ing"; // cut → cutting, stop → stopping
        } else {
            ing = verb + "ing";
        }
        return ing + rest;
    }

    /** Targets that name nothing without what came before them. */
    private static final Pattern CONTENT_FREE = Pattern.compile("(?i)decision|choice|move|step|idea|proposal|plan|increase|change|"
            + "announcement|appointment|nomination|measure|initiative|deal|news|outcome|result|it|this|that");

    /** "him", "her", "her nomination", "his re-election": a person, or a person's candidacy. */
    private static final Pattern PERSON_PRONOUN = Pattern.compile("(?i)(?:(?:his|her)\\s+(?:own\\s+)?"
            + "(candidacy|candidature|election|re-election|reelection|bid|nomination|appointment|selection)|him|her)");

    /** The person named last before {@code cue} in this sentence or the ones before it, not an endorser. */
    private static Optional<Mention> personBefore(ArticleView view, SentenceView s, int cue, List<Mention> endorsers) {
        Optional<Mention> here = s.mentions().stream()
                .filter(m -> m.kind() == EntityKind.PERSON && s.local(m.span()).end() <= cue)
                .filter(m -> endorsers.stream().noneMatch(e -> e.entity().sameAs(m.entity())))
                .reduce((a, b) -> b);
        return here.or(() -> view.lastPersonBefore(s.sentence().index())
                .filter(m -> endorsers.stream().noneMatch(e -> e.entity().sameAs(m.entity()))));
    }

    /** "US tariffs on Canadian goods, which Carney condemned": the target is what "which" stands for. */
    private static final String BEFORE_NOUN_PHRASE = "(?:by|with|against|over|about|from|to|than|adopt|adopted|is|are|was|were|"
            + "has|have|had|been|after)";
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)(?:^|\\b" + BEFORE_NOUN_PHRASE + "\\s+)"
            + "((?:(?!" + BEFORE_NOUN_PHRASE + "\\s)[\\p{L}\\d%'.-]+\\s+){0,7}(?!" + BEFORE_NOUN_PHRASE + "\\b)[\\p{L}\\d%'.-]+)"
            + ",\\s+which\\s+(?:the\\s+)?$");

    private static Optional<Target> antecedent(SentenceView s, int subjectBegin) {
        Matcher m = RELATIVE_BEFORE.matcher(s.plain().substring(0, subjectBegin));
        if (!m.find()) {
            return Optional.empty();
        }
        String label = LEADING.matcher(m.group(1)).replaceFirst("").strip();
        return label.isEmpty() ? Optional.empty() : Optional.of(new Target(TargetKind.POLICY, label, Optional.empty()));
    }

    /** The target's words with each organisation written as its entity's label ("the Fed" → "Federal Reserve"). */
    private static String canonicalNames(SentenceView s, int begin, int end, String label) {
        String result = label;
        for (Mention m : s.mentions()) {
            Span local = s.local(m.span());
            if (local.begin() >= begin && local.end() <= end && !m.demonym() && !m.surface().equals(m.entity().label())
                    && m.kind() == EntityKind.ORGANIZATION) {
                result = result.replaceFirst("(?<![\\p{L}])" + Pattern.quote(m.surface()) + "(?![\\p{L}])",
                        Matcher.quoteReplacement(m.entity().label()));
            }
        }
        return result;
    }

    private static Optional<Target> entityTarget(SentenceView s, int begin, int end) {
        String plain = s.plain();
        for (Mention m : s.mentions()) {
            Span at = s.local(m.span());
            if (at.begin() < begin || at.end() > end || !m.kind().isAgent() || m.demonym()) {
                continue;
            }
            if (!NAME_LEAD.matcher(plain.substring(begin, at.begin())).matches()) {
                return Optional.empty();
            }
            if (!AFTER_ENTITY.matcher(plain.substring(at.end())).find()) {
                return Optional.empty();
            }
            TargetKind kind = m.kind() == EntityKind.PERSON ? TargetKind.PERSON : TargetKind.POLICY;
            return Optional.of(new Target(kind, m.entity().label(), Optional.of(m.entity())));
        }
        return Optional.empty();
    }

    /** "the latter": the person named last before the cue who is not the endorser. */
    private static Optional<Target> latter(ArticleView view, SentenceView s, int cueBegin, List<Mention> endorsers) {
        List<Mention> people = new ArrayList<>();
        int index = s.sentence().index();
        if (index > 0) {
            people.addAll(view.sentences().get(index - 1).mentions());
        }
        s.mentions().stream().filter(m -> s.local(m.span()).end() <= cueBegin).forEach(people::add);
        for (int i = people.size() - 1; i >= 0; i--) {
            Mention m = people.get(i);
            if (m.kind() == EntityKind.PERSON && endorsers.stream().noneMatch(e -> e.entity().sameAs(m.entity()))) {
                return Optional.of(new Target(TargetKind.PERSON, m.entity().label(), Optional.of(m.entity())));
            }
        }
        return Optional.empty();
    }

    /** The longest quotation of the sentence when no other person stands between it and the endorser. */
    private static Optional<String> quote(SentenceView s, List<Span> quotes, int subjectBegin, List<Mention> endorsers, Target target) {
        return quotes.stream()
                .filter(q -> q.begin() > subjectBegin)
                .filter(q -> s.mentions().stream().noneMatch(m -> {
                    Span at = s.local(m.span());
                    return m.kind() == EntityKind.PERSON && at.begin() > subjectBegin && at.end() <= q.begin()
                            && endorsers.stream().noneMatch(e -> e.entity().sameAs(m.entity()))
                            && target.entity().filter(t -> t.sameAs(m.entity())).isEmpty();
                }))
                .max(Comparator.comparingInt(Span::length))
                .map(q -> s.sentence().text().substring(q.begin(), q.end()).strip())
                .filter(q -> !q.isEmpty());
    }

    /** The policies ("the 5% target") and candidacies ("X's candidacy") the article names, in text order. */
    private List<Topic> topics(ArticleView view) {
        List<Topic> topics = new ArrayList<>();
        Pattern candidacy = Pattern.compile("'s\\s+(" + lexicon.candidacyNouns().pattern() + ")\\b");
        for (SentenceView s : view.sentences()) {
            String lower = Clauses.lower(s.plain());
            int offset = s.sentence().span().begin();
            Matcher p = PERCENT_TARGET.matcher(lower);
            while (p.find()) {
                String label = p.group(1) != null
                        ? p.group(1) + "%" + p.group(2) + " " + p.group(3)
                        : p.group(5) + "% " + p.group(4);
                topics.add(new Topic(s.sentence().index(), offset + p.start(), TargetKind.POLICY, label.replaceAll("\\s+", " "), Optional.empty()));
            }
            for (Mention m : s.mentions()) {
                if (m.kind() != EntityKind.PERSON) {
                    continue;
                }
                Matcher c = candidacy.matcher(lower);
                if (c.find(s.local(m.span()).end()) && c.start() == s.local(m.span()).end()) {
                    topics.add(new Topic(s.sentence().index(), offset + c.start(), TargetKind.CANDIDACY,
                            m.entity().label() + "'s " + c.group(1), Optional.of(m.entity())));
                }
            }
        }
        topics.sort(Comparator.comparingInt(Topic::position));
        return topics;
    }
}
