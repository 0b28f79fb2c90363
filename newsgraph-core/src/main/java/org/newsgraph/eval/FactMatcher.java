package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.List;

/** Whether a produced row matches a gold row, by the gold format's relaxed rules. */
final class FactMatcher {

    private FactMatcher() {
    }

    static boolean matches(FactKind kind, Row gold, Row produced) {
        return switch (kind) {
            case ROLES -> agent(gold, produced, "person", true) && role(gold, produced);
            case SUCCESSIONS -> agent(gold, produced, "successor", true) && agent(gold, produced, "predecessor", true)
                    && roleWords(gold.get("role"), produced.get("role") + " " + produced.get("org"));
            // An endorser may be a person the text names by surname alone ("Mrs Eagle"); the gold's
            // notes rely on the same rule for an office's country ("Prime Minister of Australia").
            case ENDORSEMENTS -> agent(gold, produced, "endorser", true)
                    && polarity(gold.get("polarity")).equals(polarity(produced.get("polarity")))
                    && target(gold.get("target"), produced.get("target"));
            case SPENDING_TARGETS -> actorOrCountry(gold, produced) && samePercent(gold.get("percent"), produced.get("percent"))
                    && year(gold.get("deadline")).equals(year(produced.get("deadline")));
        };
    }

    /** Whether the dated column agrees (both empty counts as agreement). */
    static boolean datesAgree(FactKind kind, Row gold, Row produced) {
        return kind.dateColumn() == null || gold.get(kind.dateColumn()).equals(produced.get(kind.dateColumn()));
    }

    /** Either side's actor or country meets the other's actor or country (annotators differ on which is the actor). */
    static boolean actorOrCountry(Row gold, Row produced) {
        for (String g : List.of("actor", "country")) {
            for (String p : List.of("actor", "country")) {
                if (!gold.get(g).isEmpty() && !produced.get(p).isEmpty() && agent(gold, g, produced, p, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The same agent: by Wikidata id where both have one, else by folded label (people also by surname). */
    static boolean agent(Row gold, Row produced, String column, boolean person) {
        return agent(gold, column, produced, column, person);
    }

    private static boolean agent(Row gold, String goldColumn, Row produced, String producedColumn, boolean person) {
        String goldId = gold.get(goldColumn + "_qid");
        String producedId = produced.get(producedColumn + "_qid");
        if (!goldId.isEmpty() && !producedId.isEmpty()) {
            return goldId.equals(producedId);
        }
        return sameName(gold.get(goldColumn), produced.get(producedColumn), person);
    }

    private static boolean sameName(String gold, String produced, boolean person) {
        String a = Folding.name(gold);
        String b = Folding.name(produced);
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        if (a.equals(b)) {
            return true;
        }
        return person && lastWord(a).equals(lastWord(b));
    }

    private static boolean role(Row gold, Row produced) {
        if (!roleWords(gold.get("role"), produced.get("role") + " " + produced.get("org"))) {
            return false;
        }
        if (gold.get("org").isEmpty()) {
            return true;
        }
        return agent(gold, produced, "org", false);
    }

    /** Every content word of the gold role appears among the produced words. */
    private static boolean roleWords(String goldRole, String producedWords) {
        List<String> produced = Folding.contentWords(producedWords);
        return Folding.contentWords(goldRole).stream().allMatch(produced::contains);
    }

    /** At least half the gold target's content words are found, comparing the first four letters. */
    private static boolean target(String gold, String produced) {
        List<String> goldWords = Folding.contentWords(gold);
        List<String> producedStems = Folding.contentWords(produced).stream().map(FactMatcher::stem).toList();
        long found = goldWords.stream().map(FactMatcher::stem).filter(producedStems::contains).count();
        return !goldWords.isEmpty() && found * 2 >= goldWords.size();
    }

    private static String stem(String word) {
        return word.length() > 4 ? word.substring(0, 4) : word;
    }

    private static String polarity(String value) {
        return switch (value.trim()) {
            case "+", "support" -> "+";
            case "-", "oppose" -> "-";
            default -> value.trim();
        };
    }

    private static boolean samePercent(String a, String b) {
        try {
            return new BigDecimal(a.trim()).compareTo(new BigDecimal(b.trim())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String year(String date) {
        return date.length() >= 4 ? date.substring(0, 4) : date;
    }

    private static String lastWord(String folded) {
        return folded.substring(folded.lastIndexOf(' ') + 1);
    }
}
