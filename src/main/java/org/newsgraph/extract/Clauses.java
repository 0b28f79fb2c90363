package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Span;
import org.newsgraph.nlp.Mention;

/**
 * Shallow clause structure shared by the extractors: where a clause starts, which agents stand
 * together as a coordinated subject ("Belgium and Slovakia"), which names only modify a common noun
 * ("NATO members"), and where quotations lie. All offsets are sentence-relative. Stateless.
 */
final class Clauses {

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s+([a-z]+)");

    /** Common nouns that turn a name before them into a modifier: "NATO members", "EU officials". */
    private static final Set<String> GROUP_NOUNS = Set.of(
            "member", "members", "leader", "leaders", "official", "officials", "ally", "allies", "country", "countries",
            "state", "states", "nation", "nations", "headquarters", "economies", "economy", "troops", "forces", "government",
            "governments", "diplomat", "diplomats", "minister", "ministers", "summit", "summits", "spokesperson",
            "spokesman", "spokeswoman", "sources", "source", "lawmakers", "voters", "citizens", "partners", "counterparts",
            "delegation", "delegations", "envoys", "ambassadors", "staff", "soldiers", "personnel", "funds", "budget",
            "policy", "policies");
    /** A clause boundary for the subject of a verb: ; : a spaced dash, or a comma before a subordinating word. */
    private static final Pattern BOUNDARY = Pattern.compile(
            "[;:]|\\s-\\s|,\\s+(?=(?:as|while|but|although|though|because|whereas|since|when|after|before|so|yet)\\s)");
    /** What may stand between two agents of one coordinated list. */
    private static final Pattern LINK = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s*)(?:the\\s+)?");
    /** What introduces the named members of a group: "members, including Poland". */
    private static final Pattern INCLUDING = Pattern.compile("\\b(?:including|like|such as|notably|particularly|especially|namely)\\s+(?:the\\s+)?");
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]+)\"");

    private Clauses() {
    }

    /** The start of the clause that holds position {@code at}. */
    static int clauseStart(String plain, int at) {
        int start = 0;
        Matcher m = BOUNDARY.matcher(plain);
        while (m.find() && m.end() <= at) {
            start = m.end();
        }
        return start;
    }

    /** The end of the clause that holds position {@code at} (; or : only). */
    static int clauseEnd(String plain, int at) {
        for (int i = at; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c == ';' || c == ':') {
                return i;
            }
        }
        return plain.length();
    }

    /** Whether {@code m} only modifies a common noun after it ("NATO members", "US officials"). */
    static boolean isModifier(SentenceView s, Mention m) {
        String rest = s.plain().substring(s.local(m.span()).end());
        Matcher w = FIRST_WORD.matcher(rest);
        return w.find() && GROUP_NOUNS.contains(w.group(1));
    }

    /** Whether {@code m} can act as an agent here. */
    static boolean isAgent(SentenceView s, Mention m) {
        return m.kind().isAgent() && !m.demonym() && !isModifier(s, m);
    }

    /**
     * The coordinated agents that end nearest before {@code to} and begin at or after {@code from}, in
     * text order: "Belgium and Slovakia", "Poland and the Baltic states" (a list stops at "including").
     */
    static List<Mention> agentsBefore(SentenceView s, int from, int to) {
        List<Mention> candidates = s.agentsBefore(to).stream()
                .filter(m -> s.local(m.span()).begin() >= from && isAgent(s, m)).toList();
        List<Mention> chain = new ArrayList<>();
        if (candidates.isEmpty()) {
            return chain;
        }
        chain.add(candidates.get(0));
        boolean conjunction = false;
        for (int i = 1; i < candidates.size(); i++) {
            Mention earlier = candidates.get(i);
            Span next = s.local(chain.get(0).span());
            Span here = s.local(earlier.span());
            if (here.end() > next.begin()) {
                continue;
            }
            String gap = s.plain().substring(here.end(), next.begin());
            if (!LINK.matcher(gap).matches()) {
                break;
            }
            boolean and = gap.matches("(?s).*\\b(?:and|or)\\b.*|.*&.*");
            if (!and && !conjunction) {
                break; // "published by X, Y praised": a comma alone joins no list before its "and"
            }
            conjunction |= and;
            chain.add(0, earlier);
        }
        return dedupe(chain);
    }

    /**
     * The coordinated agents after {@code from} and before {@code to}, in text order; when an
     * "including" list follows, its members rather than the group before it.
     */
    static List<Mention> agentsAfter(SentenceView s, int from, int to) {
        String plain = s.plain();
        int start = from;
        Matcher inc = INCLUDING.matcher(plain.substring(0, to));
        if (inc.find(from)) {
            start = inc.end();
        }
        int first = start;
        List<Mention> candidates = s.agentsAfter(first).stream()
                .filter(m -> s.local(m.span()).end() <= to && isAgent(s, m)).toList();
        List<Mention> chain = new ArrayList<>();
        if (candidates.isEmpty()) {
            return chain;
        }
        String lead = plain.substring(start, s.local(candidates.get(0).span()).begin());
        if (lead.split("\\s+").length > 6) {
            return chain;
        }
        chain.add(candidates.get(0));
        for (int i = 1; i < candidates.size(); i++) {
            Span previous = s.local(chain.get(chain.size() - 1).span());
            Span here = s.local(candidates.get(i).span());
            if (here.begin() < previous.end()) {
                continue;
            }
            if (!LINK.matcher(plain.substring(previous.end(), here.begin())).matches()) {
                break;
            }
            chain.add(candidates.get(i));
        }
        return dedupe(chain);
    }

    private static List<Mention> dedupe(List<Mention> chain) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : chain) {
            if (out.stream().noneMatch(o -> o.entity().sameAs(m.entity()))) {
                out.add(m);
            }
        }
        return out;
    }

    /** The quotations of the sentence, as spans of their inner text. */
    static List<Span> quotes(String plain) {
        List<Span> spans = new ArrayList<>();
        Matcher m = QUOTE.matcher(plain);
        while (m.find()) {
            spans.add(new Span(m.start(1), m.end(1)));
        }
        return spans;
    }

    static boolean inQuote(List<Span> quotes, int at) {
        return quotes.stream().anyMatch(q -> q.begin() <= at && at < q.end());
    }

    /** The number of words in {@code text}. */
    static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The first match of {@code p} in {@code text}, if any. */
    static Optional<Matcher> find(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }
}
