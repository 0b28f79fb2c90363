package org.newsgraph.wikidata;

import org.newsgraph.nlp.PartialDate;

/**
 * A Wikidata time value: a point written as an xsd:dateTime at midnight UTC, with the months and
 * days that the text does not give filled with 01, and its precision, as Wikidata counts it:
 * 9 a year, 10 a month, 11 a day.
 */
public record WikidataTime(PartialDate date) implements Comparable<WikidataTime> {

    /** The time of an ISO date as NewsGraph stores it: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static WikidataTime parse(String iso) {
        return new WikidataTime(PartialDate.parse(iso));
    }

    /** 9 (year), 10 (month) or 11 (day). */
    public int precision() {
        return 8 + date.precision();
    }

    /** The xsd:dateTime lexical form, such as 2024-10-01T00:00:00Z, or 2024-01-01T00:00:00Z for the year 2024. */
    public String dateTime() {
        return String.format("%04d-%02d-%02dT00:00:00Z", date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
    }

    /** The QuickStatements form: +2024-10-01T00:00:00Z/11. */
    public String quickStatements() {
        return "+" + dateTime() + "/" + precision();
    }

    @Override
    public int compareTo(WikidataTime other) {
        return date.compareTo(other.date);
    }
}
