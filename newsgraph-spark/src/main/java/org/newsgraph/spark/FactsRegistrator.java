package org.newsgraph.spark;

import com.esotericsoftware.kryo.Kryo;
import org.apache.spark.serializer.KryoRegistrator;

/** Registers the {@link RecordSerializer} for every record the job moves (facts, articles, inputs); set as {@code spark.kryo.registrator}. */
public final class FactsRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, new RecordSerializer());
    }
}
