package org.newsgraph.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.PartialDate;

/**
 * Gives a year to the dates an article writes without one ("on March 14"). SUTime resolves them
 * against the publication date when the article has one; without it, the first full date the
 * article gives ("said on June 9, 2030, that ...") is the nearest thing to its dateline. A past
 * event falls on or before the anchor, a future one on or after. Immutable.
 */
final class DateAnchor {

    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?$");
    private static final Pattern YEARLESS = Pattern.compile("^XXXX-(\\d{2})(?:-(\\d{2}))?");

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private final Optional<PartialDate> anchor;

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

    private DateAnchor(Optional<PartialDate> anchor) {
        this.anchor = anchor;
    }

    /** The anchor of {@code a}: its publication date, else the first date in its text with a year and a month. */
    static DateAnchor of(ParsedArticle a) {
        if (a.article().metadata().published().isPresent()) {
            return new DateAnchor(a.article().metadata().published().map(PartialDate::of));
        }
        for (ParsedSentence s : a.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.ner(i).equals("DATE") && s.normalized(i).map(v -> FULL.matcher(v).matches()).orElse(false)) {
                    return new DateAnchor(Optional.of(PartialDate.parse(s.normalized(i).get())));
                }
            }
        }
        return new DateAnchor(Optional.empty());
    }

    /** The date at token {@code k} of {@code s}, its year supplied from the anchor when the text gives none. */
    Optional<PartialDate> date(ParsedSentence s, int k, boolean future) {
        Optional<PartialDate> stated = Participants.date(s, k);
        if (stated.isPresent() && anchor.isPresent() && stated.get().hasDay() && WEEKDAYS.contains(s.lower(k))) {
            return stated.map(d -> weekday(d, future));
        }
        if (stated.isPresent() || anchor.isEmpty()) {
            return stated;
        }
        Matcher m = YEARLESS.matcher(s.normalized(k).orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(1));
        int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        PartialDate base = anchor.get();
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
}
