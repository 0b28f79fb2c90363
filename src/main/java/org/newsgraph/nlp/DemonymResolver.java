package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves "the Norwegian" (a nationality standing alone for a person) to the person the article
 * last tied to that country: by a demonym or country before the name ("Norwegian Prime Minister
 * Ola Dahl") or by "from"/"of" after it ("Ola Dahl from Norway"). A demonym followed by a noun
 * ("the Norwegian government") stays the country. Stateless.
 */
final class DemonymResolver {

    /** What may follow a demonym used as a noun: punctuation, a verb-like word, or the end. */
    private static final Pattern STANDS_ALONE = Pattern.compile(
            "^(?:\\s*[,.;:!?)]|\\s*$|\\s+(?:said|says|told|added|has|had|have|is|was|will|would|who|insisted|argued|warned|replied|noted|\\w+ed)\\b)");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern FROM_BETWEEN = Pattern.compile("^\\s+(?:from|of)\\s+(?:the\\s+)?$");
    private static final Pattern TITLE_RUN = Pattern.compile("^[\\s\\p{L}'-]{0,60}$");

    List<Mention> resolve(List<Sentence> sentences, List<Mention> mentions) {
        Map<String, Entity> personByCountry = new HashMap<>();
        List<Mention> resolved = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String text = sentences.get(m.sentence()).plain();
            int begin = m.span().begin() - sentences.get(m.sentence()).span().begin();
            int end = m.span().end() - sentences.get(m.sentence()).span().begin();
            if (m.demonym() && THE_BEFORE.matcher(text.substring(0, begin)).find() && STANDS_ALONE.matcher(text.substring(end)).find()) {
                Entity person = personByCountry.get(m.entity().key());
                if (person != null) {
                    resolved.add(new Mention(m.span(), m.sentence(), m.surface(), person, false, "demonym-coref"));
                    continue;
                }
            }
            resolved.add(m);
            tie(mentions, i, sentences, personByCountry);
        }
        return resolved;
    }

    /** Ties a country to a person when mention {@code i} and its neighbour say so. */
    private static void tie(List<Mention> mentions, int i, List<Sentence> sentences, Map<String, Entity> personByCountry) {
        Mention m = mentions.get(i);
        if (i + 1 >= mentions.size() || mentions.get(i + 1).sentence() != m.sentence()) {
            return;
        }
        Mention next = mentions.get(i + 1);
        Sentence s = sentences.get(m.sentence());
        String between = s.plain().substring(m.span().end() - s.span().begin(), next.span().begin() - s.span().begin());
        boolean countryThenPerson = m.kind() == EntityKind.COUNTRY && next.kind() == EntityKind.PERSON && TITLE_RUN.matcher(between).matches();
        boolean personFromCountry = m.kind() == EntityKind.PERSON && next.kind() == EntityKind.COUNTRY && FROM_BETWEEN.matcher(between).matches();
        if (countryThenPerson) {
            personByCountry.put(m.entity().key(), next.entity());
        } else if (personFromCountry) {
            personByCountry.put(next.entity().key(), m.entity());
        }
    }
}
