package org.newsgraph.extract;

import org.junit.jupiter.api.Test;

class ParseProbe {
    @Test
    void probe() throws Exception {
        for (String text : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("probe")))) {
            ParsedArticle a = Annotate.parsed(text);
            for (ParsedSentence s : a.sentences()) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < s.size(); i++) {
                    b.append(i).append(':').append(s.word(i)).append('/').append(s.tag(i)).append('/').append(s.ner(i)).append(' ');
                }
                System.out.println(b);
                s.graph().ifPresent(g -> System.out.println(g.toList()));
            }
        }
    }
}
