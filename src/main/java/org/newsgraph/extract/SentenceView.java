package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.DateMention;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * One sentence with its mentions and dates, offsets made sentence-relative, and the questions
 * extractors ask of it ("which agent comes before this word?"). Immutable.
 */
public final class SentenceView {

    private final String articleId;
    private final Sentence sentence;
    private final List<Mention> mentions;
    private final List<DateMention> dates;

    SentenceView(String articleId, Sentence sentence, List<Mention> mentions, List<DateMention> dates) {
        this.articleId = articleId;
        this.sentence = sentence;
        this.mentions = List.copyOf(mentions);
        this.dates = List.copyOf(dates);
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The sentence text with ASCII quotes and dashes, same length as the original. */
    public String plain() {
        return sentence.plain();
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<DateMention> dates() {
        return dates;
    }

    /** Sentence-relative span of a mention or date. */
    public Span local(Span articleSpan) {
        return sentence.toLocal(articleSpan);
    }

    /** The mention that starts at {@code begin} (white space skipped), if any. */
    public Optional<Mention> mentionAt(int begin) {
        int at = skipSpaces(begin);
        return mentions.stream().filter(m -> local(m.span()).begin() == at).findFirst();
    }

    /** The mention that ends at {@code end} (white space before it skipped), if any. */
    public Optional<Mention> mentionEndingAt(int end) {
        int at = end;
        while (at > 0 && Character.isWhitespace(plain().charAt(at - 1))) {
            at--;
        }
        int target = at;
        return mentions.stream().filter(m -> local(m.span()).end() == target).findFirst();
    }

    /** The agents (people, organisations, countries, groups) that end before {@code end}, nearest first. */
    public List<Mention> agentsBefore(int end) {
        List<Mention> agents = new ArrayList<>();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.kind().isAgent() && !m.demonym() && local(m.span()).end() <= end) {
                agents.add(m);
            }
        }
        return agents;
    }

    /** The agents that start at or after {@code begin}, nearest first. */
    public List<Mention> agentsAfter(int begin) {
        return mentions.stream()
                .filter(m -> m.kind().isAgent() && !m.demonym() && local(m.span()).begin() >= begin)
                .toList();
    }

    /** The dates that start at or after {@code begin}, nearest first. */
    public List<DateMention> datesAfter(int begin) {
        return dates.stream().filter(d -> local(d.span()).begin() >= begin).toList();
    }

    /** Evidence for the sentence-relative range {@code [begin, end)}. */
    public Evidence evidence(int begin, int end, String extractor, double confidence) {
        return new Evidence(articleId, sentence.span(), sentence.text(), sentence.toArticle(begin, end), extractor, confidence);
    }

    private int skipSpaces(int from) {
        int at = from;
        while (at < plain().length() && Character.isWhitespace(plain().charAt(at))) {
            at++;
        }
        return at;
    }
}
