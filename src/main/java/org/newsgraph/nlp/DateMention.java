package org.newsgraph.nlp;

import org.newsgraph.ingest.Span;

/** A stretch of text that names a date, with the date it names. */
public record DateMention(Span span, int sentence, PartialDate date) {
}
