package org.newsgraph.assembly;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to extract: the input paths (files, folders or JSON Lines files; an engine may accept URIs
 * of other file systems), the output folder, the build options, and for an engine that runs on a
 * cluster, its master URL (none: the engine's default).
 */
public record ExtractionRequest(List<String> inputs, String output, CorpusBuilder.Options options, Optional<String> master) {

    public ExtractionRequest {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("an extraction needs at least one input path");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(master, "master");
    }
}
