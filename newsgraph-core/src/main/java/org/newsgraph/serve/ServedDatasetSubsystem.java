package org.newsgraph.serve;

import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Registers {@link ServedDatasetAssembler} for {@code ngf:ServedDataset} when Jena starts, found
 * through META-INF/services, so that the NewsGraph jar on a stock Fuseki server's class path is
 * all its configuration needs. Runs after TDB2 and Fuseki have started.
 */
public final class ServedDatasetSubsystem implements JenaSubsystemLifecycle {

    @Override
    public void start() {
        AssemblerUtils.registerDataset(ServedDatasetAssembler.SERVED_DATASET, new ServedDatasetAssembler());
    }

    @Override
    public void stop() {
    }

    @Override
    public int level() {
        return 500;
    }
}
