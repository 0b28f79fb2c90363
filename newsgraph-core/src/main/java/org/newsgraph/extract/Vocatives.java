package org.newsgraph.extract;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * Whom a speaker addresses by name, read from the words: a person or country set off by commas right after "thank you"
 * ("Thank you, Anna, for your support of X") or opening the sentence before "thank you" or "you" ("Minister Holt, thank
 * you for your support of X"). The "you" and "your" of the sentence are then that name's.
 */
final class Vocatives {

    private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "``", "\"");
    /** Words that may follow a name opening the sentence when it addresses someone. */
    private static final Set<String> ADDRESS_FOLLOWERS = Set.of("thank", "thanks", "you");
    /** Kinds of entity a speaker thanks or addresses by name. */
    private static final Set<EntityKind> ADDRESSED = Set.of(EntityKind.PERSON, EntityKind.COUNTRY);
    /** The most words a name of address may have ("Defence Minister Anna Holt"). */
    private static final int LONGEST_NAME = 5;

    private Vocatives() {
    }

    /** The person or country the sentence addresses by name, if it does. */
    static Optional<Entity> of(ParsedArticle article, ParsedSentence s) {
        return afterThanks(article, s).or(() -> opening(article, s));
    }

    /** "Thank you, Anna, for ...": the name between the commas after "thank you". */
    private static Optional<Entity> afterThanks(ParsedArticle article, ParsedSentence s) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (s.lower(i).equals("you") && s.lemma(i - 1).equals("thank") && s.word(i + 1).equals(",")) {
                int from = i + 2;
                OptionalInt comma = nameUpToComma(s, from);
                if (comma.isPresent()) {
                    return addressed(article, s, comma.getAsInt() - 1);
                }
            }
        }
        return Optional.empty();
    }

    /** "Minister Holt, thank you ...": a name opening the sentence, its comma, then "thank you" or "you". */
    private static Optional<Entity> opening(ParsedArticle article, ParsedSentence s) {
        int from = s.size() > 0 && OPENING_QUOTES.contains(s.word(0)) ? 1 : 0;
        OptionalInt comma = nameUpToComma(s, from);
        if (comma.isEmpty() || comma.getAsInt() + 1 >= s.size() || !ADDRESS_FOLLOWERS.contains(s.lower(comma.getAsInt() + 1))) {
            return Optional.empty();
        }
        return addressed(article, s, comma.getAsInt() - 1);
    }

    /** The comma that ends a run of proper nouns starting at {@code from}, when nothing else stands before it. */
    private static OptionalInt nameUpToComma(ParsedSentence s, int from) {
        for (int i = from; i < s.size() && i <= from + LONGEST_NAME; i++) {
            if (s.word(i).equals(",")) {
                return i > from ? OptionalInt.of(i) : OptionalInt.empty();
            }
            if (!s.tag(i).startsWith("NNP")) {
                break;
            }
        }
        return OptionalInt.empty();
    }

    private static Optional<Entity> addressed(ParsedArticle article, ParsedSentence s, int last) {
        return article.entityAt(s, last).filter(e -> ADDRESSED.contains(e.kind()));
    }
}
