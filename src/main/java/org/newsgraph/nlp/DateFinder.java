package org.newsgraph.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and normalises them with java.time: "1 October 2014", "Oct. 1, 2014", "June 23-25,
 * 2025" (its first day), "June 2025", "in 2027". A day without a year ("October 1") takes the
 * year of the same day written in full elsewhere in the article, else the publication year, else the
 * year the article's own full dates give (see {@link #contextYear}); relative
 * dates ("next month", "on Tuesday") are resolved only against a known publication date. A date that
 * cannot be resolved is left out, never guessed. Thread-safe.
 */
public final class DateFinder {

    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|"
            + "Aug(?:ust|\\.)?|Sep(?:tember|t?\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String YEAR = "((?:1[89]|20)\\d{2})";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:\\s*-\\s*\\d{1,2})?(?:,? " + YEAR + ")?\\b(?!-)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:\\s*-\\s*\\d{1,2})? " + MONTH + "(?:,? " + YEAR + ")?\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d.,$€£-])\\b" + YEAR + "\\b(?![\\d%]|\\.\\d| per| percent)");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:(next|last|this) (week|month|year)|(yesterday|today|tomorrow)|(?<=\\bon )(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b");
    /** "July last year", "March this year": a month of a year counted from publication. */
    private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b" + MONTH + " (last|this|next) year\\b");

    /** The date mentions of an article's sentences, resolved against {@code published} when given. */
    public List<DateMention> find(List<Sentence> sentences, Optional<LocalDate> published) {
        List<Raw> raws = new ArrayList<>();
        for (Sentence sentence : sentences) {
            scan(sentence, raws);
        }
        Map<Integer, Integer> yearOfMonthDay = new HashMap<>();
        for (Raw raw : raws) {
            if (raw.year > 0 && raw.day > 0) {
                yearOfMonthDay.putIfAbsent(raw.month * 100 + raw.day, raw.year);
            }
        }
        List<DateMention> dates = new ArrayList<>();
        raws.sort(java.util.Comparator.comparingInt((Raw r) -> r.sentence.span().begin() + r.begin));
        for (Raw raw : raws) {
            Optional<LocalDate> reference = published.or(() -> contextYear(raws, raw).map(y -> LocalDate.of(y, 1, 1)));
            resolve(raw, yearOfMonthDay, published, reference).ifPresent(date -> dates.add(new DateMention(raw.sentence.toArticle(raw.begin, raw.end), raw.sentence.index(), date)));
        }
        return List.copyOf(dates);
    }

    /** A date as written: year 0 when absent, or a relative expression. */
    private record Raw(Sentence sentence, int begin, int end, int year, int month, int day, String relative) {
    }

    private static void scan(Sentence sentence, List<Raw> raws) {
        String text = sentence.plain();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(sentence, m, year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), null, taken, raws);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(sentence, m, year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), null, taken, raws);
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(sentence, m, year(m.group(2)), month(m.group(1)), 0, null, taken, raws);
        }
        m = BARE_YEAR.matcher(text);
        while (m.find()) {
            add(sentence, m, year(m.group(1)), 0, 0, null, taken, raws);
        }
        m = MONTH_RELATIVE_YEAR.matcher(text);
        while (m.find()) {
            add(sentence, m, 0, month(m.group(1)), 0, m.group(2).toLowerCase(Locale.ROOT) + " year", taken, raws);
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            add(sentence, m, 0, 0, 0, m.group().toLowerCase(Locale.ROOT), taken, raws);
        }
    }

    private static void add(Sentence sentence, Matcher m, int year, int month, int day, String relative, boolean[] taken, List<Raw> raws) {
        for (int i = m.start(); i < m.end(); i++) {
            if (taken[i]) {
                return;
            }
        }
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
        raws.add(new Raw(sentence, m.start(), m.end(), year, month, day, relative));
    }

    /**
     * The year the article's own dates put a date without one in: news copy states the current
     * date once, usually in its first sentences, and then writes "on March 14". So: the year of a
     * full date in the first two sentences, else of the latest full date with a day.
     */
    private static Optional<Integer> contextYear(List<Raw> raws, Raw raw) {
        Optional<Integer> lede = raws.stream().filter(r -> r.year > 0 && r.month > 0 && r.sentence.index() < 2).map(r -> r.year).findFirst();
        return lede.or(() -> raws.stream().filter(r -> r.year > 0 && r.day > 0).map(r -> r.year).max(Integer::compare));
    }

    private static Optional<PartialDate> resolve(Raw raw, Map<Integer, Integer> yearOfMonthDay, Optional<LocalDate> published,
                                                 Optional<LocalDate> reference) {
        try {
            if (raw.relative != null && raw.month > 0) {
                return published.flatMap(p -> relative(raw.relative, p)).map(y -> new PartialDate(y.year(), raw.month, 0));
            }
            if (raw.relative != null) {
                return published.flatMap(p -> relative(raw.relative, p));
            }
            if (raw.month == 0 && raw.day == 0) {
                return Optional.of(PartialDate.ofYear(raw.year));
            }
            int year = raw.year;
            if (year == 0) {
                year = yearOfMonthDay.getOrDefault(raw.month * 100 + raw.day, reference.map(LocalDate::getYear).orElse(0));
            }
            return year == 0 ? Optional.empty() : Optional.of(new PartialDate(year, raw.month, raw.day));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty(); // "February 30": not a date
        }
    }

    private static Optional<PartialDate> relative(String expression, LocalDate published) {
        return Optional.ofNullable(switch (expression) {
            case "today" -> PartialDate.of(published);
            case "yesterday" -> PartialDate.of(published.minusDays(1));
            case "tomorrow" -> PartialDate.of(published.plusDays(1));
            case "next month" -> PartialDate.of(java.time.YearMonth.from(published).plusMonths(1));
            case "last month" -> PartialDate.of(java.time.YearMonth.from(published).minusMonths(1));
            case "this month" -> PartialDate.of(java.time.YearMonth.from(published));
            case "next year" -> PartialDate.ofYear(published.getYear() + 1);
            case "last year" -> PartialDate.ofYear(published.getYear() - 1);
            case "this year" -> PartialDate.ofYear(published.getYear());
            default -> expression.matches("(?i)monday|tuesday|wednesday|thursday|friday|saturday|sunday") ? weekday(expression, published) : null;
        });
    }

    /** "On Tuesday" in news copy is the nearest such day on or before publication. */
    private static PartialDate weekday(String name, LocalDate published) {
        DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        return PartialDate.of(published.with(TemporalAdjusters.previousOrSame(day)));
    }

    private static int year(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(prefix) + 1;
    }
}
