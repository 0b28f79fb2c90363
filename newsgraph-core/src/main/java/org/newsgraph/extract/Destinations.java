package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;

/**
 * "Ambassador to the Republic of Kenya, Chad and Peru": an envoy's office "to" a list of countries
 * is one office per country ("Ambassador to Chad"), each the sending side's. Only countries make
 * the list: it ends at the first item that names none, and a single country leaves the phrase as
 * it is. Stateless.
 */
final class Destinations {

    private Destinations() {
    }

    /** The offices {@code office} of {@code s} names, one per destination country when it is sent to several. */
    static List<OfficePhrase> each(ParsedArticle a, ParsedSentence s, OfficePhrase office, OfficeFinder offices) {
        if (!OfficeFinder.DESTINATION_HEADS.contains(offices.singular(s, office.head()).toLowerCase(Locale.ROOT))) {
            return List.of(office);
        }
        int to = office.head() + 1;
        while (to < office.to() && !s.lower(to).equals("to")) {
            to++;
        }
        int prefix = office.role().indexOf(" to ");
        if (to >= office.to() || prefix < 0) {
            return List.of(office);
        }
        List<int[]> items = countries(a, s, to + 1);
        if (items.size() < 2) {
            return List.of(office);
        }
        String sent = office.role().substring(0, prefix + 4);
        List<OfficePhrase> out = new ArrayList<>();
        for (int[] item : items) {
            out.add(new OfficePhrase(office.from(), item[1], office.head(), sent + s.text(item[0], item[1]), office.organization(), office.status()));
        }
        return out;
    }

    /** The spans of the countries listed from {@code k} ("Kenya, Chad and the Republic of Peru"), up to the first that is none. */
    private static List<int[]> countries(ParsedArticle a, ParsedSentence s, int k) {
        List<int[]> out = new ArrayList<>();
        while (k < s.size()) {
            int end = itemEnd(s, k);
            if (end == k || !closed(s, end) || country(a, s, k, end).isEmpty()) {
                break;
            }
            out.add(new int[] {k, end});
            k = end;
            if (k < s.size() && s.word(k).equals(",")) {
                k++;
            }
            if (k < s.size() && s.lower(k).equals("and")) {
                k++;
            }
            if (k == end) {
                break;
            }
        }
        return out;
    }

    /** The end of a name from {@code k}: "the", then proper nouns, with "of" and "the" inside ("the Republic of the Congo"). */
    private static int itemEnd(ParsedSentence s, int k) {
        int end = s.lower(k).equals("the") ? k + 1 : k;
        int last = k;
        while (end < s.size() && (s.tag(end).startsWith("NNP") || (s.lower(end).equals("of") || s.lower(end).equals("the")) && end > k)) {
            if (s.tag(end).startsWith("NNP")) {
                last = end + 1;
            }
            end++;
        }
        return last;
    }

    /** Whether a listed name ending at {@code end} is whole: the list goes on, or the phrase ends ("France's minister" is no item). */
    private static boolean closed(ParsedSentence s, int end) {
        return end >= s.size() || !s.tag(end).equals("POS") && !s.tag(end).startsWith("NN");
    }

    /** The country the tokens {@code [from, to)} name: the gazetteer's, or the country the tagger marks at their end. */
    private static Optional<Entity> country(ParsedArticle a, ParsedSentence s, int from, int to) {
        Optional<Entity> known = a.known(s.text(from, to)).filter(e -> e.kind() == EntityKind.COUNTRY);
        if (known.isPresent()) {
            return known;
        }
        return s.ner(to - 1).equals("COUNTRY") && s.nerRun(to - 1)[1] == to
                ? a.entityAt(s, to - 1).filter(e -> e.kind() == EntityKind.COUNTRY) : Optional.empty();
    }
}
