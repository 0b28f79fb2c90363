package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dateline at the start of one of an article's first content lines: an upper-case place,
 * optionally a region ("KYIV, Ukraine"), a date ("June 25", "March 3, 2026", "3 March 2026") and an
 * agency in brackets ("(Reuters)", "(AP)"), closed by an em dash, en dash or hyphen. A place alone
 * before a dash ("NATO — ...") is not taken for a dateline. Stateless and thread-safe.
 */
final class DatelineFinder {

    /** Datelines open the story: the headline and a byline may come before one, nothing more. */
    private static final int FIRST_LINES = 3;

    private static final String PLACE_WORD = "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+";
    private static final String REGION_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
    private static final String AGENCY = "\\s*\\((?<%s>[\\p{L}&.'’-]+(?: [\\p{L}&.'’-]+){0,2})\\)";
    private static final Pattern DATELINE = Pattern.compile("\\A(?<place>" + PLACE_WORD + "(?: " + PLACE_WORD + "){0,3})"
            + "(?:,\\s+(?<region>" + REGION_WORD + "(?: " + REGION_WORD + "){0,2}))?"
            + "(?:" + String.format(AGENCY, "agency") + ")?"
            + "(?:,\\s+(?<date>(?<month>\\p{L}{3,9})\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?"
            + "|(?<day2>\\d{1,2})\\s+(?<month2>\\p{L}{3,9})\\.?(?:,?\\s+(?<year2>\\d{4}))?))?"
            + "(?:" + String.format(AGENCY, "agency2") + ")?"
            + "\\s*(?:—|–|--?)(?=\\s|\\z)");

    private DatelineFinder() {
    }

    /** The dateline opening one of the first {@value #FIRST_LINES} content lines, if any. */
    static Optional<Dateline> find(String text, List<Span> body) {
        for (Span line : body.subList(0, Math.min(FIRST_LINES, body.size()))) {
            Optional<Dateline> dateline = at(text, line);
            if (dateline.isPresent()) {
                return dateline;
            }
        }
        return Optional.empty();
    }

    /** The dateline that opens {@code line} of {@code text}, if it has one. */
    static Optional<Dateline> at(String text, Span line) {
        Matcher m = DATELINE.matcher(line.of(text));
        if (!m.find() || m.group("date") == null && m.group("agency") == null && m.group("agency2") == null && m.group("region") == null) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Optional.empty();
        if (m.group("date") != null) {
            boolean monthFirst = m.group("month") != null;
            Optional<Month> month = month(monthFirst ? m.group("month") : m.group("month2"));
            if (month.isEmpty()) {
                return Optional.empty(); // "PARIS, Tuesday 5 -" is no date, so no dateline either
            }
            String year = monthFirst ? m.group("year") : m.group("year2");
            date = year == null ? Optional.empty()
                    : date(Integer.parseInt(year), month.get(), Integer.parseInt(monthFirst ? m.group("day") : m.group("day2")));
        }
        Span span = new Span(line.begin(), line.begin() + m.end());
        Span place = new Span(line.begin() + m.start("place"), line.begin() + m.end("place"));
        return Optional.of(new Dateline(span, place, date));
    }

    /** A month named in full or abbreviated to three letters or more ("Sept", "Mar"). */
    private static Optional<Month> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(int year, Month month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
