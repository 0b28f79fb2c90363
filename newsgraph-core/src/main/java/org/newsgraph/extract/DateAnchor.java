package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.PartialDate;

/**
 * Gives a year to the dates an article writes without one ("on March 14"). SUTime resolves them
 * against the publication date when the article has one; without it, the first full date the
 * article gives ("said on June 9, 2030, that ...") is the nearest thing to its dateline. A past
 * event falls on or before the anchor, a future one on or after. A date told against an event the
 * article dated before ("on October 1, a month before Dahl arrived at the bank") takes its year from
 * that event. Immutable.
 */
final class DateAnchor {

    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$");
    private static final Pattern YEARLESS = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?");

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private static final java.util.Set<String> RELATIONS = java.util.Set.of("before", "after");
    /** How far after a date its "a month before ..." may begin. */
    private static final int RELATION_WINDOW = 6;

    private final Optional<PartialDate> anchor;
    private final ParsedArticle article;

    /**
     * SUTime may put "on Tuesday" in the week after the anchor even for a past event ("was elected on
     * Tuesday" in Wednesday's paper): a past event falls before the anchor, a future one after it.
     */
    private PartialDate weekday(PartialDate d, boolean future) {
        java.time.LocalDate day = java.time.LocalDate.of(d.year(), d.month(), d.day());
        java.time.LocalDate base = java.time.LocalDate.of(anchor.get().year(), Math.max(1, anchor.get().month()), Math.max(1, anchor.get().day()));
        if (!future && day.isAfter(base)) {
            day = day.minusWeeks(1);
        } else if (future && day.isBefore(base)) {
            day = day.plusWeeks(1);
        }
        return PartialDate.of(day);
    }

    private DateAnchor(Optional<PartialDate> anchor, ParsedArticle article) {
        this.anchor = anchor;
        this.article = article;
    }

    /** The anchor of {@code a}: its publication date, else the first date in its text with a year and a month. */
    static DateAnchor of(ParsedArticle a) {
        if (a.article().metadata().published().isPresent()) {
            return new DateAnchor(a.article().metadata().published().map(PartialDate::of), a);
        }
        for (ParsedSentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("DATE") && s.normalized(i).map(v -> FULL.matcher(v).matches()).orElse(false)) {
                    return new DateAnchor(Optional.of(PartialDate.parse(s.normalized(i).get())), a);
                }
            }
        }
        return new DateAnchor(Optional.empty(), a);
    }

    /** The date at token {@code k} of {@code s}, its year supplied from the anchor when the text gives none. */
    Optional<PartialDate> date(ParsedSentence s, int k, boolean future) {
        Optional<PartialDate> stated = Participants.date(s, k);
        if (stated.isPresent() && anchor.isPresent() && stated.get().hasDay() && WEEKDAYS.contains(s.lower(k))) {
            return stated.map(d -> weekday(d, future));
        }
        if (stated.isPresent()) {
            return stated;
        }
        Matcher m = YEARLESS.matcher(s.normalized(k).orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        Optional<PartialDate> event = toldAgainst(s, k);
        if (event.isPresent()) {
            return inYearOf(event.get(), month, day, toldAfter(s, k));
        }
        return anchor.flatMap(base -> inYearOf(base, month, day, future));
    }

    private static Optional<PartialDate> inYearOf(PartialDate base, int month, int day, boolean future) {
        int year = base.year();
        if (!future && month > base.month()) {
            year--;
        } else if (future && month < base.month()) {
            year++;
        }
        try {
            return Optional.of(new PartialDate(year, month, day));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The token of "before" or "after" shortly after the date at {@code k} ("October 1, a month before ..."), or -1. */
    private static int relation(ParsedSentence s, int k) {
        int end = s.nerRun(k)[1];
        for (int j = end; j < Math.min(s.size(), end + RELATION_WINDOW); j++) {
            if (RELATIONS.contains(s.lower(j))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean toldAfter(ParsedSentence s, int k) {
        int j = relation(s, k);
        return j >= 0 && s.lower(j).equals("after");
    }

    /**
     * "took up the post on October 1, a month before Dahl arrived at the bank": the date of the event of
     * the person named after "before" or "after" that an earlier sentence dates in full ("Dahl took over
     * at the bank on 1 November 2027").
     */
    private Optional<PartialDate> toldAgainst(ParsedSentence s, int k) {
        int j = relation(s, k);
        if (j < 0) {
            return Optional.empty();
        }
        for (int p = j + 1; p < Math.min(s.size(), j + 4); p++) {
            Optional<org.newsgraph.nlp.Entity> person = s.ner(p).equals("PERSON") ? article.entityAt(s, p) : Optional.empty();
            if (person.isPresent()) {
                return datedEventOf(person.get(), s.index());
            }
        }
        return Optional.empty();
    }

    /** The full date an earlier sentence hangs on a verb whose subject is {@code person}. */
    private Optional<PartialDate> datedEventOf(org.newsgraph.nlp.Entity person, int before) {
        for (int i = before - 1; i >= 0; i--) {
            ParsedSentence t = article.sentences().get(i);
            if (t.graph().isEmpty()) {
                continue;
            }
            edu.stanford.nlp.semgraph.SemanticGraph g = t.graph().get();
            for (edu.stanford.nlp.semgraph.SemanticGraphEdge e : g.edgeListSorted()) {
                int d = ParsedSentence.at(e.getDependent());
                boolean full = t.ner(d).equals("DATE") && t.normalized(d).map(v -> FULL.matcher(v).matches()).orElse(false);
                if (full && e.getRelation().toString().startsWith("obl") && subjectIs(t, g, e.getGovernor(), person)) {
                    return Optional.of(PartialDate.parse(t.normalized(d).get()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean subjectIs(ParsedSentence t, edu.stanford.nlp.semgraph.SemanticGraph g, edu.stanford.nlp.ling.IndexedWord verb,
                              org.newsgraph.nlp.Entity person) {
        return g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().startsWith("nsubj"))
                .anyMatch(e -> article.entityAt(t, ParsedSentence.at(e.getDependent())).filter(person::sameAs).isPresent());
    }
}
