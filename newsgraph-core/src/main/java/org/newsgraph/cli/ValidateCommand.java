package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsgraph validate}: SHACL report of the store against ontology/shapes.ttl. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store against the SHACL shapes; exit 1 when it does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (StoreOption.Readable readable = store.openForReading()) {
            ShapesValidator validator = new ShapesValidator();
            List<String> violations = Txn.calculateRead(readable.dataset(),
                    () -> validator.format(validator.validate(readable.dataset().getUnionGraph())));
            violations.forEach(System.out::println);
            System.out.println(violations.isEmpty() ? "conforms: yes" : "conforms: no (" + violations.size() + " violations)");
            return violations.isEmpty() ? 0 : NewsGraph.FAILED_CHECK;
        }
    }
}
