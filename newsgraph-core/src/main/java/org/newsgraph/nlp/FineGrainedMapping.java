package org.newsgraph.nlp;

import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The mapping behind CoreNLP's fine-grained entity types (TITLE, COUNTRY, NATIONALITY,
 * STATE_OR_PROVINCE, ...), cut down to what pays for itself.
 *
 * <p>CoreNLP's English KBP gazetteers hold about 590,000 entries, and two kinds of them cost far
 * more than they give here. Over half a million are CITY names: loading them takes seconds and
 * the statistical tagger already marks cities in news text as LOCATION, which the extractors
 * treat alike. About a thousand are entries whose first token is a regular expression (state
 * abbreviations such as {@code "Ala\.?"}, {@code "[A-Z][a-zA-Z]+ activist"}): TokensRegexNER
 * cannot look those up by their first word, so it tries each of them at every token of every
 * sentence, which doubled the whole analysis time. Such entries are kept only for the types the
 * extractors read (titles, countries, nationalities: {@code "u\.s\."} is a country); every
 * literal entry of every type is kept as CoreNLP ships it.
 *
 * <p>The mapping is written once per JVM to temporary files, since CoreNLP reads mappings from a
 * path.
 */
final class FineGrainedMapping {

    private static final String GAZETTEERS = "edu/stanford/nlp/models/kbp/english/gazetteers/";
    private static final String CASELESS = GAZETTEERS + "regexner_caseless.tab";
    private static final String CASED = GAZETTEERS + "regexner_cased.tab";

    /** Types of the caseless list left to the statistical tagger. */
    private static final Set<String> DROPPED_TYPES = Set.of("CITY");

    /** Types whose entries the extractors read, so worth matching even by regular expression. */
    private static final Set<String> READ_TYPES = Set.of("TITLE", "COUNTRY", "NATIONALITY");

    /** Characters that make a mapping token a regular expression rather than a word. */
    private static final Pattern REGEX = Pattern.compile("[\\[\\](){}*+?\\\\|^$.]");

    /** The value of CoreNLP's {@code ner.fine.regexner.mapping} property, options as CoreNLP's default. */
    static String property() {
        return Holder.PROPERTY;
    }

    private FineGrainedMapping() {
    }

    /** Built on first use, then shared: the files do not change while the JVM runs. */
    private static final class Holder {
        static final String PROPERTY = "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + write(CASELESS, DROPPED_TYPES)
                + ";" + write(CASED, Set.of());
    }

    /** Writes the usable entries of the mapping {@code resource} to a temporary file; its path. */
    private static String write(String resource, Set<String> droppedTypes) {
        try (BufferedReader in = IOUtils.readerFromString(resource)) {
            Path file = Files.createTempFile("newsgraph-ner-", ".tab");
            file.toFile().deleteOnExit();
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (usable(line, droppedTypes)) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            }
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare CoreNLP's fine-grained entity mapping " + resource, e);
        }
    }

    /** An entry of a kept type that is either read by the extractors or starts with a plain word. */
    static boolean usable(String line, Set<String> droppedTypes) {
        String[] columns = line.split("\t", 3);
        if (columns.length < 2 || droppedTypes.contains(columns[1])) {
            return false;
        }
        String first = columns[0].strip().split("\\s+", 2)[0];
        return !first.isEmpty() && (READ_TYPES.contains(columns[1]) || !REGEX.matcher(first).find());
    }
}
