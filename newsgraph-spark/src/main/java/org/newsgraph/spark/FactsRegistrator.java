package org.newsgraph.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Has Kryo move every record the job ships (inputs, articles, facts, link evidence and tables)
 * through Java serialisation: the records are serialisable, and those with {@code Optional} parts
 * write a serial form that their canonical constructor reads back (see
 * {@code org.newsgraph.RecordSerialForm}), which Kryo's field serializer cannot rebuild. Set as
 * {@code spark.kryo.registrator}.
 */
public final class FactsRegistrator implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.addDefaultSerializer(Record.class, new JavaSerializer());
    }
}
