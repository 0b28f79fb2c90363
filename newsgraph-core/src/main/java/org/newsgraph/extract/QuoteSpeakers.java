package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Who speaks each sentence of an article, for first-person cues ("I", "we"): the subject of a verb of
 * saying in the sentence ("..., said X", "X said: ..."), else the speaker introduced by the last
 * "X said:" or transcript label ("MINISTER X: ...", "PRIME MINISTER: ...", see {@link TranscriptLabels}) before it,
 * until another speaker is introduced, a questioner's label ("JOURNALIST: ...") muting the words up to the next; a
 * statement headed by a line with its author's name alone speaks in that author's voice until then; a letter
 * signed at its end with a name line ("Sincerely, / Anna Novak / Member of Parliament") speaks in the signer's
 * voice wherever no other speaker is named; an embedded post speaks in the voice of its signature line
 * ("— Anna Novak (@AnnaNovak) May 3, 2025").
 */
final class QuoteSpeakers {

    /** How many sentences from the start of an article may hold a statement's name line. */
    private static final int HEADER_SENTENCES = 8;
    /** How many sentences from the end of an article may hold a letter's signature line. */
    private static final int CLOSING_SENTENCES = 6;

    /** The sign-off line of an embedded post: a dash, the author's name and an account handle in brackets. */
    private static final Pattern SIGNOFF = Pattern.compile("(?m)^[\u2014\u2013-]\\s*([^()\\n]{2,80}?)\\s*\\(@\\w+\\)");

    private final List<Optional<Entity>> speakers;
    /** The sentences of a transcript's questioners ("JOURNALIST: ..."), up to the next label. */
    private final Set<Integer> muted;

    QuoteSpeakers(ParsedArticle article, EndorsementCues cues) {
        List<Optional<Entity>> found = new ArrayList<>();
        Set<Integer> muted = new HashSet<>();
        Optional<Entity> current = Optional.empty();
        boolean questioner = false;
        for (ParsedSentence s : article.sentences()) {
            if (current.isEmpty() && !questioner && s.index() < HEADER_SENTENCES) {
                // A statement or speech headed by its author's name line speaks in that person's voice.
                current = signature(article, s);
            }
            Optional<TranscriptLabels.Label> label = TranscriptLabels.of(article, s);
            if (label.isPresent()) {
                // A transcript label speaks until the next label; "JOURNALIST:" speaks for no one.
                current = label.get().speaker();
                questioner = current.isEmpty();
            }
            if (questioner) {
                muted.add(s.index());
                found.add(Optional.empty());
                continue;
            }
            Optional<Entity> own = label.isPresent() ? current : sayer(article, s, cues);
            found.add(own.isPresent() ? own : current);
            if (own.isPresent() && introduces(s)) {
                current = own;
            }
        }
        signedPosts(article, found);
        signedLetter(article, found);
        List<Optional<Entity>> quoted = quotations(article.sentences(), found);
        muted.forEach(i -> quoted.set(i, Optional.empty()));
        this.speakers = List.copyOf(quoted);
        this.muted = Set.copyOf(muted);
    }

    /** Whether sentence {@code s} is a questioner's words in a transcript ("JOURNALIST: ..."): it endorses nothing. */
    boolean muted(ParsedSentence s) {
        return muted.contains(s.index());
    }

    /** The sentences before a letter's closing signature that name no speaker are the signer's. */
    private static void signedLetter(ParsedArticle article, List<Optional<Entity>> found) {
        List<ParsedSentence> sentences = article.sentences();
        for (int k = sentences.size() - 1; k >= Math.max(0, sentences.size() - CLOSING_SENTENCES); k--) {
            Optional<Entity> signer = signature(article, sentences.get(k));
            if (signer.isPresent()) {
                for (int i = 0; i < k; i++) {
                    if (found.get(i).isEmpty()) {
                        found.set(i, signer);
                    }
                }
                return;
            }
        }
    }

    /**
     * The sentences of one quotation, from the sentence that opens it to the one that closes it, share the speaker that
     * one of them names ("“A. B,” said X."); a quotation that names none, right after a sentence that names its
     * speaker, goes on in that speaker's words ("“A,” said X. “B.”").
     */
    private static List<Optional<Entity>> quotations(List<ParsedSentence> sentences, List<Optional<Entity>> found) {
        List<Optional<Entity>> out = new ArrayList<>(found);
        int k = 0;
        while (k < sentences.size()) {
            int end = k;
            if (opensQuote(sentences.get(k))) {
                int depth = 0;
                for (end = k; end < sentences.size(); end++) {
                    depth += quoteBalance(sentences.get(end));
                    if (depth <= 0) {
                        break;
                    }
                }
                end = Math.min(end, sentences.size() - 1);
                Optional<Entity> speaker = Optional.empty();
                for (int i = k; i <= end && speaker.isEmpty(); i++) {
                    speaker = found.get(i);
                }
                if (speaker.isEmpty() && k > 0) {
                    speaker = found.get(k - 1);
                }
                for (int i = k; i <= end; i++) {
                    if (out.get(i).isEmpty()) {
                        out.set(i, speaker);
                    }
                }
            }
            k = end + 1;
        }
        return out;
    }

    private static boolean opensQuote(ParsedSentence s) {
        return s.tag(0).equals("``");
    }

    /** Quote marks the sentence opens less those it closes, as the tagger tells them apart. */
    private static int quoteBalance(ParsedSentence s) {
        int balance = 0;
        for (int i = 0; i < s.size(); i++) {
            balance += s.tag(i).equals("``") ? 1 : s.tag(i).equals("''") ? -1 : 0;
        }
        return balance;
    }

    /**
     * An embedded post speaks in the voice of the person its sign-off line names ("— Anna Novak (@AnnaNovak) May 3,
     * 2025", a line left out of the sentences), back to the start of its paragraph.
     */
    private static void signedPosts(ParsedArticle article, List<Optional<Entity>> found) {
        List<ParsedSentence> sentences = article.sentences();
        String text = article.article().text();
        for (ParsedSentence s : sentences) {
            int next = s.index() + 1 < sentences.size() ? sentences.get(s.index() + 1).begin(0) : text.length();
            Matcher signoff = SIGNOFF.matcher(text.substring(s.end(s.size() - 1), next));
            Optional<Entity> author = signoff.find() ? Optional.of(author(article, signoff.group(1).trim())) : Optional.empty();
            for (int k = s.index(); author.isPresent() && k >= 0; k--) {
                found.set(k, author);
                if (k == 0 || text.substring(sentences.get(k - 1).end(sentences.get(k - 1).size() - 1), sentences.get(k).begin(0)).contains("\n")) {
                    break;
                }
            }
        }
    }

    /** The entity a sign-off names: one the gazetteer or the article knows by that name, else a person of that name. */
    private static Entity author(ParsedArticle article, String name) {
        return article.known(name)
                .or(() -> article.entities().stream().filter(e -> e.label().equalsIgnoreCase(name)).findFirst())
                .orElseGet(() -> Entity.of(EntityKind.PERSON, name));
    }

    /** The speaker of sentence {@code s}, if the article names one. */
    Optional<Entity> of(ParsedSentence s) {
        return speakers.get(s.index());
    }

    /**
     * "Press Statement / Anna Novak / Minister of Fisheries", "Sincerely, / Anna Novak": a line of the head of a
     * statement, or of a letter's close, that is a name alone.
     */
    private static Optional<Entity> signature(ParsedArticle article, ParsedSentence s) {
        int from = 0;
        for (int i = 1; i <= s.size(); i++) {
            if (i == s.size() || s.text(i - 1, i + 1).contains("\n")) {
                Optional<Entity> name = nameLine(article, s, from, i);
                if (name.isPresent()) {
                    return name;
                }
                from = i;
            }
        }
        return Optional.empty();
    }

    /** The person named by the tokens {@code [from, to)} when they are a name with at most a title before it, and not a byline. */
    private static Optional<Entity> nameLine(ParsedArticle article, ParsedSentence s, int from, int to) {
        if (to - from > 6 || s.lower(from).equals("by") || !s.ner(to - 1).equals("PERSON") || s.nerRun(to - 1)[1] > to) {
            return Optional.empty();
        }
        for (int i = from; i < to; i++) {
            // "Hon Ola Brekke Minister of Defence" tagged as one name gives no clean name: better none.
            if (!s.tag(i).startsWith("NNP") && !s.tag(i).equals("HYPH") || CueWords.bundled().officeHeads().contains(s.lower(i))) {
                return Optional.empty();
            }
        }
        return article.agentAt(s, to - 1);
    }

    /** A sentence that ends in a colon introduces the quote paragraphs after it. */
    private static boolean introduces(ParsedSentence s) {
        return s.word(s.size() - 1).equals(":") || (s.size() > 1 && s.word(s.size() - 2).equals(":"));
    }

    private static Optional<Entity> sayer(ParsedArticle article, ParsedSentence s, EndorsementCues cues) {
        if (s.graph().isEmpty()) {
            return Optional.empty();
        }
        SemanticGraph graph = s.graph().get();
        for (IndexedWord verb : graph.vertexListSorted()) {
            if (!cues.say(s.lemma(ParsedSentence.at(verb)))) {
                continue;
            }
            // "A expressed thanks, saying ...": a participle of saying speaks with the subject of its clause.
            // The parser may hang the quote's verb between them ("saying \u201cThank you ...": aux of "Thank").
            IndexedWord holder = verb;
            for (int depth = 0; depth < 3 && s.tag(ParsedSentence.at(verb)).equals("VBG") && !EndorsementExtractor.has(graph, holder, "nsubj"); depth++) {
                IndexedWord up = graph.incomingEdgeList(holder).stream().map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
                if (up == null) {
                    break;
                }
                holder = up;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(holder)) {
                if (edge.getRelation().toString().equals("nsubj") || invertedSayer(s, verb, edge)) {
                    int i = ParsedSentence.at(edge.getDependent());
                    Optional<Entity> agent = Agents.named(article, s, graph, edge.getDependent());
                    if (agent.isEmpty() && (s.lower(i).equals("he") || s.lower(i).equals("she"))) {
                        agent = article.lastPersonBefore(s, i);
                    }
                    if (agent.isPresent()) {
                        return agent;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "..., said Novak.": the parser may take a name after the verb of saying for its complement, not its subject. */
    private static boolean invertedSayer(ParsedSentence s, IndexedWord verb, SemanticGraphEdge edge) {
        int at = ParsedSentence.at(edge.getDependent());
        return edge.getGovernor().equals(verb) && s.ner(at).equals("PERSON") && s.nerRun(at)[0] == ParsedSentence.at(verb) + 1
                && Set.of("xcomp", "obj", "dep").contains(edge.getRelation().toString());
    }
}
