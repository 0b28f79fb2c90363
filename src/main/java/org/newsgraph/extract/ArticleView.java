package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.newsgraph.nlp.AnnotatedArticle;
import org.newsgraph.nlp.DateMention;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Layer;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Sentence;

/**
 * An annotated article seen sentence by sentence, for extractors: each sentence with its own
 * mentions and dates, and the people named before a sentence (for "he", "she").
 */
public final class ArticleView {

    private final List<SentenceView> sentences;

    private ArticleView(List<SentenceView> sentences) {
        this.sentences = sentences;
    }

    /** Needs the sentences, mentions and dates layers. */
    public static ArticleView of(AnnotatedArticle article) {
        List<Sentence> sentences = article.get(Layer.SENTENCES);
        List<List<Mention>> mentions = new ArrayList<>();
        List<List<DateMention>> dates = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            mentions.add(new ArrayList<>());
            dates.add(new ArrayList<>());
        }
        article.get(Layer.MENTIONS).forEach(m -> mentions.get(m.sentence()).add(m));
        article.get(Layer.DATES).forEach(d -> dates.get(d.sentence()).add(d));
        List<SentenceView> views = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            views.add(new SentenceView(article.article().id(), sentences.get(i), mentions.get(i), dates.get(i)));
        }
        return new ArticleView(List.copyOf(views));
    }

    public List<SentenceView> sentences() {
        return sentences;
    }

    /**
     * The person a pronoun at the start of sentence {@code index} most likely refers to: the first
     * person named in the nearest earlier sentence that names one.
     */
    public Optional<Mention> lastPersonBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            Optional<Mention> person = sentences.get(i).mentions().stream().filter(m -> m.kind() == EntityKind.PERSON).findFirst();
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    /**
     * Like {@link #lastPersonBefore}, but passes over people named as the object of a preposition
     * ("messages sent to X, ... Y praised"), who are seldom what a later "he" or "she" means.
     * Falls back to {@link #lastPersonBefore} when every person there is such an object.
     */
    public Optional<Mention> lastSubjectBefore(int index) {
        for (int i = index - 1; i >= 0 && i >= index - 3; i--) {
            SentenceView s = sentences.get(i);
            Optional<Mention> subject = s.mentions().stream()
                    .filter(m -> m.kind() == EntityKind.PERSON)
                    .filter(m -> !OBJECT_OF_PREPOSITION.matcher(s.plain().substring(0, s.local(m.span()).begin())).find())
                    .findFirst();
            if (subject.isPresent()) {
                return subject;
            }
            if (s.mentions().stream().anyMatch(m -> m.kind() == EntityKind.PERSON)) {
                return lastPersonBefore(index);
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern OBJECT_OF_PREPOSITION = java.util.regex.Pattern.compile(
            "\\b(?:to|with|by|for|from|of|on|about|against|toward|towards|at|into|over|than|and)\\s+(?:(?:the|[\\p{Lu}][\\p{L}.'-]*)\\s+)*$");

    /**
     * The entity of {@code kind} the article is plainly about: named most often, at least twice, and
     * more often than any other of its kind.
     */
    public Optional<Entity> dominant(EntityKind kind) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Entity> entities = new HashMap<>();
        for (SentenceView s : sentences) {
            for (Mention m : s.mentions()) {
                if (m.kind() == kind) {
                    counts.merge(m.entity().key(), 1, Integer::sum);
                    entities.putIfAbsent(m.entity().key(), m.entity());
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).toList();
        boolean clear = !ranked.isEmpty() && ranked.get(0).getValue() >= 2
                && (ranked.size() == 1 || ranked.get(1).getValue() < ranked.get(0).getValue());
        return clear ? Optional.of(entities.get(ranked.get(0).getKey())) : Optional.empty();
    }
}
