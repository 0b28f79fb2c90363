package org.newsgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Values.Scope;

/** What the words around a share of GDP say about it: of GDP or not, excluded, a threshold, its scope and deadline. Thread-safe. */
final class ShareWindow {

    /** How many tokens after a share may still name GDP and its scope. */
    static final int GDP_WINDOW = 8;
    private static final int DEADLINE_WINDOW = 20;
    private static final Set<String> DEADLINE_FILLERS = Set.of("the", "end", "of", "fiscal", "year", "financial", "fy", "current",
            "this", "next", ",", "which", "that", "closes", "ends", "runs", "to", "in", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december");

    private final SpendingCues cues;

    ShareWindow(SpendingCues cues) {
        this.cues = Objects.requireNonNull(cues, "cues");
    }

    /** "by spending 2.1 percent of GDP": a spending word attached to the share itself. */
    static boolean spendingModifies(ParsedSentence s, SemanticGraph g, IndexedWord share) {
        return DependencyPath.dependents(g, share, "amod", "acl").stream().anyMatch(d -> s.lemma(ParsedSentence.at(d)).equals("spend")
                || s.lower(ParsedSentence.at(d)).equals("spending"));
    }

    /** "spending above 1% of GDP": a threshold the share marks, not a target. */
    boolean threshold(ParsedSentence s, SemanticGraph g, IndexedWord head) {
        return DependencyPath.dependents(g, head, "case").stream().anyMatch(c -> cues.is(s.lemma(ParsedSentence.at(c)), "threshold"));
    }

    boolean split(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.is(s.lemma(i), "split")) {
                return true;
            }
        }
        return false;
    }

    /** The latest year a date of the article names, standing in for its publication year when that is unknown. */
    static Optional<Integer> latestYear(ParsedArticle article) {
        Optional<Integer> latest = Optional.empty();
        for (ParsedSentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("DATE") && year(s.lower(i))) {
                    int y = Integer.parseInt(s.lower(i));
                    latest = latest.filter(l -> l >= y).or(() -> Optional.of(y));
                }
            }
        }
        return latest;
    }

    /**
     * The year of the first full date the article gives ("sworn in on 6 August 2025"), the time it
     * reports on when it carries no publication date: the anchor of "this year".
     */
    static Optional<Integer> firstDatedYear(ParsedArticle article) {
        for (ParsedSentence s : article.sentences()) {
            for (int i = 1; i < s.size(); i++) {
                if (s.ner(i).equals("DATE") && year(s.lower(i)) && s.ner(i - 1).equals("DATE")) {
                    return Optional.of(Integer.parseInt(s.lower(i)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the deadline {@link #deadline} reads at {@code from} is "this year", relative to the anchor. */
    static boolean relative(ParsedSentence s, int from, int windowEnd) {
        int to = Math.min(windowEnd, from + DEADLINE_WINDOW);
        for (int i = from; i + 1 < to; i++) {
            if (s.lower(i).equals("by") || s.lower(i).equals("in") && year(s.lower(i + 1))) {
                return false;
            }
            if (s.lower(i).equals("this") && s.lower(i + 1).equals("year")) {
                return true;
            }
        }
        return false;
    }

    /** A share coordinated with one already read as of GDP ("3.5% of GDP for core and 1.5% for related needs"). */
    static boolean conjunctOf(SemanticGraph g, IndexedWord head, Set<IndexedWord> ofGdp) {
        return DependencyPath.governor(g, head).filter(e -> DependencyPath.relation(e).startsWith("conj")
                && ofGdp.contains(e.getGovernor())).isPresent();
    }

    boolean gdpAfter(ParsedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals(";")) {
                return false;
            }
            if (cues.is(s.lower(i), "gdp") && (s.lower(i).equals("gdp") || i > 0 && (s.lower(i - 1).equals("domestic")
                    || s.lower(i - 1).equals("national") || s.lower(i - 1).equals("economic")))) {
                return true;
            }
        }
        return false;
    }

    boolean excludedNear(ParsedSentence s, int from, int to) {
        for (int i = from; i < to && i < s.size(); i++) {
            if (cues.is(s.lemma(i), "exclude") && !cues.is(s.lower(i), "gdp")) {
                return true;
            }
            if (cues.is(s.lower(i), "gdp")) {
                return false;
            }
        }
        return false;
    }

    boolean defence(ParsedSentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.is(s.lower(i), "defence")) {
                return true;
            }
        }
        return false;
    }

    /** Core or related when a scope word stands just before the share or in the words after it. */
    Scope scope(ParsedSentence s, Percentage share, int windowStart, int windowEnd) {
        // "3% for core defence and 1% for related needs": the word before belongs to the previous share
        int from = Math.max(windowStart, share.from() - 4);
        int to = Math.min(windowEnd, share.to() + GDP_WINDOW);
        for (int i = from; i < to; i++) {
            if (i >= share.from() && i < share.to()) {
                continue;
            }
            Optional<Scope> scope = cues.scope(s.lower(i));
            boolean after = i > share.from();
            if (!after && i > 0 && s.lower(i - 1).equals("for")) {
                continue; // "3% for core defence and 1% for related needs": "for core" belongs to the share before
            }
            if (scope.filter(sc -> sc == Scope.CORE || after).isPresent()) {
                return scope.get();
            }
        }
        return Scope.TOTAL;
    }

    /**
     * The year a target is to be reached, from the words after it: "by 2035", "by fiscal 2027", "by the end
     * of 2030", "in 2026" (not before the article's year), "this year".
     */
    static Optional<Year> deadline(ParsedSentence s, int from, int windowEnd, Optional<Integer> articleYear) {
        return deadline(s, from, windowEnd, articleYear, articleYear);
    }

    /**
     * As above, with {@code published} the year that anchors "this year" (the publication year, else
     * the first full date's); the latest year an undated article mentions is only a floor for "in 2030".
     */
    static Optional<Year> deadline(ParsedSentence s, int from, int windowEnd, Optional<Integer> articleYear, Optional<Integer> published) {
        int to = Math.min(windowEnd, from + DEADLINE_WINDOW);
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (w.equals("by")) {
                // "by the end of the current fiscal year, which closes in March 2026"
                for (int j = i + 1; j < Math.min(s.size(), i + 14); j++) {
                    if (year(s.lower(j))) {
                        return Optional.of(Year.of(Integer.parseInt(s.lower(j))));
                    }
                    if (!DEADLINE_FILLERS.contains(s.lower(j))) {
                        break;
                    }
                }
            }
            if (w.equals("in") && i + 1 < to && year(s.lower(i + 1))) {
                int y = Integer.parseInt(s.lower(i + 1));
                if (articleYear.map(p -> y >= p).orElse(true)) {
                    return Optional.of(Year.of(y));
                }
            }
            if (w.equals("this") && i + 1 < to && s.lower(i + 1).equals("year") && published.isPresent()) {
                return Optional.of(Year.of(published.get()));
            }
        }
        return Optional.empty();
    }

    static boolean year(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20")) && word.chars().allMatch(Character::isDigit);
    }
}
