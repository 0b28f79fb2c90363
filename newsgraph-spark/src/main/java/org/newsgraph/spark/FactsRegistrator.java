package org.newsgraph.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.newsgraph.link.LinkEvidence;
import org.newsgraph.link.LinkTables;

/**
 * Registers the {@link RecordSerializer} for every record the job moves (facts, articles, inputs),
 * and Java serialisation for the link evidence and tables; set as {@code spark.kryo.registrator}.
 */
public final class FactsRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, new RecordSerializer());
        // The link evidence and tables hold maps and sets of records: Java serialisation, which they support, moves them.
        kryo.register(LinkEvidence.class, new JavaSerializer());
        kryo.register(LinkTables.class, new JavaSerializer());
    }
}
