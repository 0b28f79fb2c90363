package org.newsgraph.ingest;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.RecordSerialForm;

/**
 * The dateline that opens a wire story ("OSLO, March 3, 2026 —", "WASHINGTON (AP) —"): where and
 * when it was filed. {@code span} runs from the first letter to the dash; {@code place} is the
 * capitalised place name in it. A dateline names no actor: the place is not a mention of one.
 * {@code date} is present when the dateline gives a day with its year.
 */
public record Dateline(Span span, Span place, Optional<LocalDate> date) implements Serializable {

    public Dateline {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        if (!span.contains(place)) {
            throw new IllegalArgumentException("dateline place " + place + " must lie inside the dateline " + span);
        }
    }

    /** Written as its {@link RecordSerialForm}, since Java serialisation cannot write an Optional. */
    @Serial
    private Object writeReplace() {
        return RecordSerialForm.of(this);
    }
}
