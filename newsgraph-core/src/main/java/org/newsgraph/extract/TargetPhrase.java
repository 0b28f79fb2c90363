package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of a target noun phrase, for its label: the head and its modifiers, without determiners,
 * relative clauses, appositions, coordinated phrases or punctuation, in text order and at most
 * {@value #MAX_WORDS} words.
 */
final class TargetPhrase {

    static final int MAX_WORDS = 16;
    /**
     * "support for X, including your aid and your leadership of Y": a list of examples after "including" elaborates the
     * phrase and is no part of its name.
     */
    private static final String INCLUDING = "nmod:including";

    /** Relations (without their enhanced suffix, but for relative clauses) whose dependents are no part of a label. */
    private static final Set<String> LEFT_OUT = Set.of("det", "punct", "acl:relcl", "parataxis", "dep", "advcl",
            "ref", "cop", "discourse", "vocative", "dislocated", "list", INCLUDING, "obl:including");
    /** Relations of the head itself that are no part of its label: its preposition or "for" of a clause, and its conjuncts. */
    private static final Set<String> HEAD_LEFT_OUT = Set.of("case", "mark", "conj", "cc", "appos");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "your", "our", "my");

    private TargetPhrase() {
    }

    /** The token indices of the phrase headed by {@code head}, without its own preposition. */
    static TreeSet<Integer> tokens(SemanticGraph graph, IndexedWord head) {
        TreeSet<Integer> tokens = new TreeSet<>();
        Deque<IndexedWord> todo = new ArrayDeque<>();
        todo.push(head);
        tokens.add(ParsedSentence.at(head));
        while (!todo.isEmpty()) {
            IndexedWord node = todo.pop();
            for (SemanticGraphEdge edge : graph.outgoingEdgeList(node)) {
                String rel = edge.getRelation().toString();
                IndexedWord child = edge.getDependent();
                int at = ParsedSentence.at(child);
                String base = rel.replaceAll(":.*", "");
                // "the importance of allies taking responsibility": a gerund the parser left loose after the head says what of it.
                boolean gerund = node == head && rel.equals("dep") && "VBG".equals(child.tag()) && at == ParsedSentence.at(head) + 1;
                if ((LEFT_OUT.contains(rel) || LEFT_OUT.contains(base)) && !gerund || node == head && HEAD_LEFT_OUT.contains(base)
                        || tokens.contains(at)) {
                    continue;
                }
                // A conjunct inside a modifier ("A and B's membership") is part of the phrase; the head's own conjuncts are targets of their own.
                tokens.add(at);
                todo.push(child);
            }
        }
        return tokens;
    }

    /**
     * The label of the phrase headed by {@code head}: its words as written, a possessive pronoun replaced by
     * {@code owner}'s name when given ("thanked Norway for its plan": "Norway's plan").
     */
    static String label(ParsedSentence s, SemanticGraph graph, IndexedWord head, String owner) {
        return label(s, tokens(graph, head), ParsedSentence.at(head), owner);
    }

    /** The label of the phrase of {@code tokens} with its head at {@code headAt}. */
    static String label(ParsedSentence s, TreeSet<Integer> tokens, int headAt, String owner) {
        // Keep the words near the head: the parse may attach far words to the phrase.
        List<Integer> kept = new ArrayList<>();
        for (int i : tokens) {
            boolean function = s.tag(i).equals("DT") || s.tag(i).equals("PRP$") && owner == null;
            if (i >= headAt - 6 && kept.size() < MAX_WORDS && !function) {
                kept.add(i);
            }
        }
        StringBuilder label = new StringBuilder();
        boolean ownerUsed = false;
        for (int i : kept) {
            String word = s.word(i);
            if (POSSESSIVE_PRONOUNS.contains(s.lower(i)) && s.tag(i).equals("PRP$")) {
                if (owner == null || ownerUsed) {
                    continue;
                }
                word = owner + "'s";
                ownerUsed = true;
            } else if (s.tag(i).equals("DT") || s.tag(i).equals("WDT")) {
                continue;
            }
            if (word.equals("'s") || word.equals("’s") || word.equals("'") || word.equals("’")) {
                label.append(word);
                continue;
            }
            if (label.length() > 0) {
                label.append(' ');
            }
            label.append(word);
        }
        return percent(label.toString().replace(" - ", "-").trim());
    }

    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile(
            "\\b(\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:%|percent|per cent)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** Percentages as digits and a sign, as gold and other articles write them: "three percent", "3 %" become "3%". */
    static String percent(String label) {
        java.util.regex.Matcher m = PERCENT.matcher(label);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(out, (NUMBERS.contains(n) ? String.valueOf(NUMBERS.indexOf(n)) : n) + "%");
        }
        return m.appendTail(out).toString();
    }
}
