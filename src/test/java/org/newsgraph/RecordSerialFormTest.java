package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.testing.Samples;

class RecordSerialFormTest {

    /** {@code value} written with Java serialisation. */
    public static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@code bytes} hold, read with Java serialisation. */
    public static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Test
    void articleFactsWithPresentAndEmptyOptionalsSurviveSerialisation() throws Exception {
        for (ArticleFacts article : new ArticleFacts[] {Samples.articleA(), Samples.articleB(), Samples.articleC(), Samples.emojiArticle()}) {
            assertThat(read(write(article))).isEqualTo(article);
        }
    }

    @Test
    void aSerialFormTheRecordRejectsIsNotRead() {
        byte[] bytes = write(Samples.VENTURINI);
        String stream = new String(bytes, StandardCharsets.ISO_8859_1);
        byte[] blanked = stream.replace(Samples.VENTURINI.label(), " ".repeat(Samples.VENTURINI.label().length()))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(blanked)).isInstanceOf(InvalidObjectException.class)
                .hasMessage("not a valid Entity: an entity needs a label");
    }
}
