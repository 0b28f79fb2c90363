package org.newsgraph.ingest;

import java.io.Serializable;

/**
 * A half-open range {@code [begin, end)} of UTF-16 offsets into an article's text.
 */
public record Span(int begin, int end) implements Comparable<Span>, Serializable {

    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("span must satisfy 0 <= begin <= end, but was: [" + begin + ", " + end + ")");
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return begin < other.end && other.begin < end;
    }

    public Span shift(int offset) {
        return new Span(begin + offset, end + offset);
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
