package org.newsgraph.nlp;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as the text gives it: a year, a month of a year, or a day. Months and days are
 * 1-based; 0 means "not given". Its ISO form is YYYY, YYYY-MM or YYYY-MM-DD.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate>, Serializable {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must be in [1, 9999], but was: " + year);
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("not a date: " + year + "-" + month + "-" + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // rejects 31 June
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate of(YearMonth month) {
        return new PartialDate(month.getYear(), month.getMonthValue(), 0);
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD. */
    public static PartialDate parse(String iso) {
        String[] parts = iso.trim().split("-");
        try {
            return switch (parts.length) {
                case 1 -> ofYear(Integer.parseInt(parts[0]));
                case 2 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 0);
                case 3 -> new PartialDate(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                default -> throw new IllegalArgumentException("not an ISO date: " + iso);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an ISO date: " + iso, e);
        }
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** 1 for a year, 2 for a month, 3 for a day. */
    public int precision() {
        return hasDay() ? 3 : hasMonth() ? 2 : 1;
    }

    public String iso() {
        if (hasDay()) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        return hasMonth() ? String.format("%04d-%02d", year, month) : String.format("%04d", year);
    }

    @Override
    public int compareTo(PartialDate o) {
        return iso().compareTo(o.iso());
    }

    @Override
    public String toString() {
        return iso();
    }
}
