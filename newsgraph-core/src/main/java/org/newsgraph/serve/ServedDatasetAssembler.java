package org.newsgraph.serve;

import java.util.List;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.assembler.assemblers.AssemblerBase;
import org.apache.jena.assembler.exceptions.AssemblerException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;

/**
 * Builds a {@link ServedDataset} from an assembler description, so that a stock Fuseki server
 * serves a store as {@code newsgraph serve} does:
 * <pre>
 * :served a ngf:ServedDataset ; ngf:dataset :store .
 * :store a tdb2:DatasetTDB2 ; tdb2:location "store" .
 * </pre>
 * with {@code ngf:} {@value #NS}. {@link ServedDatasetSubsystem} registers it when Jena starts.
 * Depends on Jena alone.
 */
public final class ServedDatasetAssembler extends AssemblerBase {

    /** The namespace of the assembler's terms. */
    public static final String NS = "https://w3id.org/newsgraph/fuseki#";

    /** The type of a served dataset's description. */
    public static final Resource SERVED_DATASET = ResourceFactory.createResource(NS + "ServedDataset");

    /** The dataset served: the description of a store, such as a {@code tdb2:DatasetTDB2}. */
    public static final Property DATASET = ResourceFactory.createProperty(NS + "dataset");

    @Override
    public Dataset open(Assembler assembler, Resource root, Mode mode) {
        List<RDFNode> stores = root.listProperties(DATASET).mapWith(Statement::getObject).toList();
        if (stores.size() != 1) {
            throw new AssemblerException(root, "a ngf:ServedDataset needs exactly one ngf:dataset, the store it serves (such as"
                    + " a tdb2:DatasetTDB2), but " + root + " has " + stores.size());
        }
        RDFNode store = stores.get(0);
        if (!store.isResource()) {
            throw new AssemblerException(root, "ngf:dataset must name a dataset description, but was: " + store);
        }
        Dataset dataset = (Dataset) assembler.open(store.asResource());
        return DatasetFactory.wrap(ServedDataset.over(dataset.asDatasetGraph()));
    }
}
