package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.Values.HoldingStatus;
import org.newsgraph.nlp.Entity;
import org.newsgraph.nlp.EntityKind;
import org.newsgraph.nlp.Mention;
import org.newsgraph.nlp.Titles;

/**
 * Reads an office phrase around a title in a sentence: status words ("former", "outgoing",
 * "then-"), the organisation or country before it ("NATO", "Dutch", "Spain's") and a complement
 * after it ("of the Netherlands", "to the EU"). Thread-safe.
 */
final class OfficeParser {

    private static final Pattern DETERMINER = Pattern.compile("(?i)^\\s*(?:the|a|an|its|his|her|their)\\s+");
    private static final Pattern STATUS_WORD = Pattern.compile("(?i)^\\s*(?:former|ex|outgoing|then|incoming|acting|interim|current|next|new)[ -]+");
    private static final Pattern POSSESSIVE = Pattern.compile("^'s\\b");

    private static final Pattern STATUS_BEFORE = Pattern.compile("(?i)(former|ex|outgoing|then|incoming|acting|interim|current|next|new)[ -]*$");
    private static final Pattern DESIGNATE_AFTER = Pattern.compile("(?i)^[ -](designate|elect)\\b");
    private static final Pattern PREPOSITION = Pattern.compile("(?i)^\\s+(of|to|for|at)\\s+");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern RANK_BEFORE = Pattern.compile("(?i)(?:^|\\s)((?:senior\\s+|first\\s+)?(?:deputy|vice|assistant|associate|under)[ -]?)$");
    /** Titles that take portfolio words before them ("international development minister"). */
    private static final Pattern PORTFOLIO_HEAD = Pattern.compile("(?i)^(?:minister|secretary|chief|commissioner|spokes(?:person|man|woman)|envoy|director)$");
    /** Titles a party or body word before them belongs to ("Conservative leader"). */
    private static final Pattern LEADER_HEAD = Pattern.compile("(?i)^(?:leader|chair|chairman|chairwoman|chairperson|head)$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}[\\p{L}-]*)\\s+$");
    private static final java.util.Set<String> NOT_PORTFOLIO = java.util.Set.of(
            "the", "a", "an", "former", "ex", "outgoing", "then", "incoming", "acting", "interim", "current", "next", "new",
            "and", "of", "his", "her", "their", "its", "our", "as", "was", "is", "by", "to", "with", "s", "deputy", "first",
            "said", "says", "that", "who", "which", "when", "while", "after", "before", "became", "becomes", "become", "be",
            "been", "being", "has", "had", "have", "leaves", "makes", "made", "remains", "stays", "keeps", "takes", "took");
    private static final java.util.Set<String> PARTY_WORDS = java.util.Set.of(
            "conservative", "labour", "liberal", "democratic", "republican", "green", "socialist", "communist", "progressive");

    private final Pattern title;

    OfficeParser(Titles titles) {
        this.title = Pattern.compile("(?i)\\b" + titles.regex() + "\\b");
    }

    /** An office read from a sentence, with the status its words give and the range it covers. */
    record Parsed(Office office, Optional<HoldingStatus> status, int begin, int end) {
    }

    /**
     * The office phrase that ends right before {@code end} (a name follows it), if any. The phrase
     * is read no further than {@code end}: the name after it is never its complement.
     */
    Optional<Parsed> endingAt(SentenceView s, int end) {
        String prefix = s.plain().substring(0, end);
        Matcher m = title.matcher(prefix);
        Optional<Parsed> found = Optional.empty();
        while (m.find()) {
            Optional<Parsed> parsed = complete(s, m.start(), m.end(), end);
            if (parsed.isPresent() && prefix.substring(parsed.get().end()).matches("\\s*,?\\s*")) {
                found = parsed;
            }
        }
        return found;
    }

    /** The office phrase that starts at {@code begin} (after optional determiner, status and organisation). */
    Optional<Parsed> startingAt(SentenceView s, int begin) {
        String text = s.plain();
        int at = begin;
        Matcher det = DETERMINER.matcher(text.substring(at));
        if (det.find()) {
            at += det.end();
        }
        Matcher m = title.matcher(text);
        int limit = Math.min(text.length(), at + 60);
        m.region(at, limit);
        if (!m.find()) {
            return Optional.empty();
        }
        String between = text.substring(at, m.start());
        if (!between.isBlank() && !qualifierOnly(s, at, m.start())) {
            return Optional.empty();
        }
        return complete(s, m.start(), m.end(), text.length());
    }

    /**
     * Whether only an office's premodifiers stand between {@code from} and the title at {@code to}:
     * status words, an organisation (with or without 's) and up to three lower-case portfolio words.
     */
    private boolean qualifierOnly(SentenceView s, int from, int to) {
        int at = from;
        String text = s.plain();
        Matcher status = STATUS_WORD.matcher(text.substring(at, to));
        if (status.find()) {
            at += status.end();
        }
        Optional<Mention> qualifier = s.mentionAt(at).filter(m -> m.kind() != EntityKind.PERSON);
        if (qualifier.isPresent()) {
            at = s.local(qualifier.get().span()).end();
            Matcher possessive = POSSESSIVE.matcher(text.substring(at, to));
            if (possessive.find()) {
                at += possessive.end();
            }
        }
        return text.substring(at, to).matches("(?i)\\s*(?:(?:former|ex|outgoing|then|incoming|acting|interim)[ -]+)?(?:[a-z][\\p{L}-]* ){0,3}");
    }

    /**
     * Completes a title found at {@code [titleBegin, titleEnd)} with what stands before it and
     * what stands after it up to {@code limit}.
     */
    private Optional<Parsed> complete(SentenceView s, int titleBegin, int titleEnd, int limit) {
        String text = s.plain();
        String role = roleName(text.substring(titleBegin, titleEnd));
        Optional<HoldingStatus> status = Optional.empty();
        int begin = titleBegin;
        int end = titleEnd;

        Matcher designate = DESIGNATE_AFTER.matcher(text.substring(end, limit));
        if (designate.find()) {
            status = Optional.of(HoldingStatus.DESIGNATE);
            end += designate.end();
        }
        Matcher rank = RANK_BEFORE.matcher(text.substring(0, begin));
        if (rank.find()) {
            // "senior deputy governor", "vice chair": the rank belongs to the office
            begin = rank.start(1);
            role = roleName(text.substring(begin, titleEnd));
        }
        Optional<Entity> bodyBefore = Optional.empty();
        if (PORTFOLIO_HEAD.matcher(role).matches() || role.endsWith(" Chief")) {
            int extended = portfolioStart(s, begin);
            if (extended < begin) {
                begin = extended;
                role = roleName(text.substring(begin, titleEnd));
            }
        } else if (LEADER_HEAD.matcher(role).matches()) {
            Matcher word = WORD_BEFORE.matcher(text.substring(0, begin));
            if (word.find() && Character.isUpperCase(word.group(1).charAt(0)) && s.mentionEndingAt(word.end(1)).isEmpty()
                    && !NOT_PORTFOLIO.contains(word.group(1).toLowerCase(Locale.ROOT))) {
                String name = word.group(1);
                bodyBefore = Optional.of(Entity.of(EntityKind.ORGANIZATION,
                        PARTY_WORDS.contains(name.toLowerCase(Locale.ROOT)) ? name + " Party" : name));
                begin = word.start(1);
            }
        }
        Optional<Entity> complement = Optional.empty();
        String complementWords = "";
        boolean ofComplement = false;
        Matcher prep = PREPOSITION.matcher(text.substring(end, limit));
        if (prep.find()) {
            int at = end + prep.end();
            Matcher article = ARTICLE.matcher(text.substring(at, limit));
            Optional<Mention> found = s.mentionAt(at)
                    .or(() -> article.find() ? s.mentionAt(at + article.end()) : Optional.empty())
                    .filter(m -> m.kind().isAgent() || m.demonym())
                    .filter(m -> s.local(m.span()).end() <= limit);
            if (found.isPresent()) {
                int complementEnd = s.local(found.get().span()).end();
                complement = Optional.of(found.get().entity());
                ofComplement = prep.group(1).equalsIgnoreCase("of") || prep.group(1).equalsIgnoreCase("at");
                complementWords = " " + prep.group(1).toLowerCase(Locale.ROOT) + " " + text.substring(at, complementEnd);
                end = complementEnd;
            }
        }
        // What stands before the title: a status word and/or an organisation, in either order.
        Optional<Entity> qualifier = Optional.empty();
        for (int round = 0; round < 2; round++) {
            String before = text.substring(0, begin);
            Matcher st = STATUS_BEFORE.matcher(before);
            if (st.find() && (st.start() == 0 || !Character.isLetter(before.charAt(st.start() - 1)))) {
                status = status.or(() -> Optional.of(statusOf(st.group(1))));
                begin = st.start();
                continue;
            }
            String trimmed = before.replaceFirst("\\s*$", "").replaceFirst("'s$", "");
            Optional<Mention> found = s.mentionEndingAt(trimmed.length())
                    .filter(m -> m.kind() != EntityKind.PERSON && (m.kind().isAgent() || m.demonym()));
            if (found.isPresent() && qualifier.isEmpty()) {
                qualifier = Optional.of(found.get().entity());
                begin = s.local(found.get().span()).begin();
            }
        }
        if (qualifier.isEmpty()) {
            qualifier = bodyBefore;
        }
        Optional<Entity> organization;
        if (ofComplement) {
            organization = complement;
        } else if (qualifier.isPresent()) {
            organization = qualifier;
            role = role + complementWords; // "US envoy to the EU": the post is the US's
        } else if (complement.isPresent() && complement.get().kind() != EntityKind.COUNTRY) {
            organization = complement; // "policy chief to NATO"
        } else {
            organization = Optional.empty();
            role = role + complementWords; // "ambassador to Spain", whose country is not said
        }
        return Optional.of(new Parsed(new Office(role, organization), status, begin, end));
    }

    /** Where portfolio words before a title begin: up to three plain words that are no mention. */
    private static int portfolioStart(SentenceView s, int titleBegin) {
        int begin = titleBegin;
        for (int i = 0; i < 3; i++) {
            Matcher word = WORD_BEFORE.matcher(s.plain().substring(0, begin));
            String lower = word.find() ? word.group(1).toLowerCase(Locale.ROOT) : "";
            if (lower.isEmpty() || NOT_PORTFOLIO.contains(lower) || lower.endsWith("ed") || s.mentionEndingAt(word.end(1)).isPresent()) {
                break;
            }
            begin = word.start(1);
        }
        return begin;
    }

    private static HoldingStatus statusOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "former", "ex", "then" -> HoldingStatus.FORMER;
            case "incoming", "next" -> HoldingStatus.DESIGNATE;
            default -> HoldingStatus.CURRENT;
        };
    }

    /** "secretary-general" → "Secretary General"; "envoy to the EU" keeps its complement's case. */
    static String roleName(String title) {
        String[] words = title.trim().replace('-', ' ').split("\\s+");
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            if (name.length() > 0) {
                name.append(' ');
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean minor = name.length() > 0 && (lower.equals("of") || lower.equals("the") || lower.equals("to") || lower.equals("for") || lower.equals("and"));
            name.append(lower.equals("ceo") ? "CEO" : minor ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return name.toString();
    }
}
