package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names an article's text gives an entity: its name spelt otherwise ("Ilona Varady" for
 * Ilona Várady), a person's surname standing alone or after a title ("Varady", "Prime Minister
 * Várady") when no other person of the article bears it, and the acronym the text defines in
 * brackets after its name ("National Defense University (NDU)"). Names are compared folded
 * (accents and case ignored) and returned as the text writes them. Immutable, so thread-safe.
 */
public final class TextNames {

    /** A capitalised word, as names are written. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*");

    private final String text;
    private final List<Word> words;
    private final List<Entity> entities;

    /** The names in {@code text}, whose entities are {@code entities} (people among them may share a surname). */
    public TextNames(String text, List<Entity> entities) {
        this.text = text;
        this.words = words(text);
        this.entities = List.copyOf(entities);
    }

    /** The names the text gives {@code entity} other than its label, in the order first written. */
    public Set<String> of(Entity entity) {
        String label = entity.label();
        Set<String> names = new LinkedHashSet<>(spellings(words, label));
        if (entity.kind() == EntityKind.PERSON && label.contains(" ") && !sharedSurname(entity, entities)) {
            names.addAll(surnames(words, label));
        }
        Set<String> written = new LinkedHashSet<>(names);
        written.add(label);
        written.forEach(name -> acronym(name).ifPresent(names::add));
        names.remove(label);
        return names;
    }

    /** A capitalised word of the text, folded, and whether a single space joins it to the word before. */
    private record Word(String text, String folded, boolean joined) {
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int end = -1;
        while (m.find()) {
            out.add(new Word(m.group(), Text.fold(m.group()), end >= 0 && text.substring(end, m.start()).equals(" ")));
            end = m.end();
        }
        return out;
    }

    /** Every way the text writes {@code name}: as many joined capitalised words, each folded alike. */
    private static Set<String> spellings(List<Word> words, String name) {
        List<String> parts = Arrays.stream(name.split(" ")).map(Text::fold).toList();
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + parts.size() <= words.size(); i++) {
            List<Word> run = words.subList(i, i + parts.size());
            boolean same = true;
            for (int k = 0; k < parts.size() && same; k++) {
                same = run.get(k).folded().equals(parts.get(k)) && (k == 0 || run.get(k).joined());
            }
            if (same) {
                out.add(String.join(" ", run.stream().map(Word::text).toList()));
            }
        }
        return out;
    }

    /** The person's surname as the text writes it alone: not after one of the other words of the name, nor before another name word. */
    private static Set<String> surnames(List<Word> words, String label) {
        List<String> given = Arrays.stream(label.split(" ")).limit(label.split(" ").length - 1L).map(Text::fold).toList();
        String surname = surname(label);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            boolean afterGiven = words.get(i).joined() && given.contains(words.get(i - 1).folded());
            boolean beforeName = i + 1 < words.size() && words.get(i + 1).joined();
            if (words.get(i).folded().equals(surname) && !afterGiven && !beforeName) {
                out.add(words.get(i).text());
            }
        }
        return out;
    }

    /** The acronym in brackets right after {@code name} in the text ("… University (NDU)"). */
    private Optional<String> acronym(String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + " \\((\\p{Lu}[\\p{Lu}.&]+)\\)").matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Whether another entity of the article is called by the person's surname: another person with
     * that surname, or a thing with that name ("Jordan" the country for "Jim Jordan").
     */
    private static boolean sharedSurname(Entity person, List<Entity> others) {
        String surname = surname(person.label());
        return others.stream().filter(o -> !o.sameAs(person)).anyMatch(o -> Text.fold(o.label()).equals(surname)
                || o.kind() == EntityKind.PERSON && o.label().contains(" ") && surname(o.label()).equals(surname));
    }

    /** The last word of a name, folded ("Anna Novak" and "NOVAK" both give "novak"). */
    public static String surname(String label) {
        return Text.fold(label.substring(label.lastIndexOf(' ') + 1));
    }
}
