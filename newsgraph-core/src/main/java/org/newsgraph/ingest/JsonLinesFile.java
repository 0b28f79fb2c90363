package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a JSON Lines file on this machine: its lines that are not blank, numbered from 1
 * among all its lines, which end at {@code \n}, {@code \r\n} or {@code \r} (as Hadoop's text input,
 * and so the spark engine, splits them), each with where it starts so it can be read again alone.
 */
final class JsonLinesFile {

    private JsonLinesFile() {
    }

    /** The records of {@code dump}, in order, with their ids where a line gives one. */
    static List<ArticleSource.DumpLine> records(Path dump) throws IOException {
        List<ArticleSource.DumpLine> records = new ArrayList<>();
        try (Lines lines = new Lines(Files.newInputStream(dump))) {
            long number = 0;
            for (long start = lines.position(); ; start = lines.position()) {
                String line = lines.next();
                if (line == null) {
                    return records;
                }
                number++;
                if (!line.isBlank()) {
                    records.add(new ArticleSource.DumpLine(dump, number, start, JsonLinesReader.idOf(line)));
                }
            }
        }
    }

    /** The line of {@code dump} that starts {@code offset} bytes into it. */
    static String lineAt(Path dump, long offset) {
        try (FileChannel channel = FileChannel.open(dump); Lines lines = new Lines(Channels.newInputStream(channel.position(offset)))) {
            String line = lines.next();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new IngestException("cannot be read again (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** The lines of a stream, decoded as UTF-8, counting the bytes read. */
    private static final class Lines implements AutoCloseable {
        private final InputStream in;
        private long position;

        Lines(InputStream in) {
            this.in = new BufferedInputStream(in);
        }

        long position() {
            return position;
        }

        /** The next line without its end, or null at the end of the stream. */
        String next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(); b >= 0; b = in.read()) {
                position++;
                if (b == '\n') {
                    return line.toString(StandardCharsets.UTF_8);
                }
                if (b == '\r') {
                    in.mark(1);
                    if (in.read() == '\n') {
                        position++;
                    } else {
                        in.reset();
                    }
                    return line.toString(StandardCharsets.UTF_8);
                }
                line.write(b);
            }
            return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
