package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InvalidObjectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleFacts;
import org.newsgraph.testing.JavaSerialisation;
import org.newsgraph.testing.Samples;

class RecordSerialFormTest {

    @Test
    void articleFactsWithPresentAndEmptyOptionalsSurviveSerialisation() throws Exception {
        for (ArticleFacts article : new ArticleFacts[] {Samples.articleA(), Samples.articleB(), Samples.articleC(), Samples.emojiArticle()}) {
            assertThat(JavaSerialisation.roundTrip(article)).isEqualTo(article);
        }
    }

    @Test
    void aSerialFormTheRecordRejectsIsNotRead() {
        byte[] bytes = JavaSerialisation.write(Samples.VENTURINI);
        String stream = new String(bytes, StandardCharsets.ISO_8859_1);
        byte[] blanked = stream.replace(Samples.VENTURINI.label(), " ".repeat(Samples.VENTURINI.label().length()))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> JavaSerialisation.read(blanked)).isInstanceOf(InvalidObjectException.class)
                .hasMessage("not a valid Entity: an entity needs a label");
    }
}
