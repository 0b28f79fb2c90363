package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * The government departments an article names with their country ("U.S. Department of State", "the
 * Norwegian Ministry of Defence"), by portfolio: the "Secretary of State" or "Minister of Defence"
 * of a portfolio whose department the article gives a country is that country's. Immutable.
 */
final class Departments {

    private static final Pattern DEPARTMENT = Pattern.compile("\\b(?:Department|Ministry) of (?:the )?(\\p{Lu}[\\p{L} ]*)");
    private static final Pattern OFFICE = Pattern.compile("(?i)^(?:secretary|minister) of (?:the )?(.+)$");

    private final Map<String, Entity> countries = new HashMap<>();

    Departments(ParsedArticle article) {
        for (ParsedSentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.word(i).equals("Department") || s.word(i).equals("Ministry")) {
                    read(article, s, i);
                }
            }
        }
    }

    /** The country of the department whose head {@code role} names ("Secretary of State"), if the article gives one. */
    Optional<Entity> countryOf(String role) {
        Matcher m = OFFICE.matcher(role.trim());
        return m.matches() ? Optional.ofNullable(countries.get(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** "U.S. Department of State": a country's name or demonym right before the department word names whose it is. */
    private void read(ParsedArticle article, ParsedSentence s, int i) {
        int k = i - 1;
        if (k < 0 || !(s.ner(k).equals("COUNTRY") || s.ner(k).equals("NATIONALITY") || s.ner(k).equals("ORGANIZATION"))) {
            return;
        }
        Optional<Entity> country = article.known(s.word(k)).filter(e -> e.kind() == EntityKind.COUNTRY);
        int end = i + 1;
        while (end < s.size() && (s.tag(end).startsWith("NNP") || s.lower(end).equals("of") || s.lower(end).equals("the")) && !s.lineBreakBefore(end)) {
            end++;
        }
        Matcher m = DEPARTMENT.matcher(s.text(i, end));
        if (country.isPresent() && m.lookingAt()) {
            countries.putIfAbsent(m.group(1).trim().toLowerCase(Locale.ROOT), country.get());
        }
    }
}
