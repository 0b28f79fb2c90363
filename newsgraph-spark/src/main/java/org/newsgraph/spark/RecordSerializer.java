package org.newsgraph.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a record and everything in it (records, enums, optionals, lists, strings, numbers, dates,
 * byte arrays), for Spark's Kryo: NewsGraph's facts are immutable records holding
 * {@link Optional}s and immutable lists, which neither Java serialization nor Kryo's own field
 * serializer can rebuild. A record is rebuilt through its canonical constructor, so its checks run
 * again. Thread-safe.
 */
final class RecordSerializer extends Serializer<Record> {

    private enum Tag { NULL, STRING, INT, LONG, DOUBLE, BOOLEAN, ENUM, OPTIONAL, LIST, RECORD, DECIMAL, YEAR, DATE, BYTES }

    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    RecordSerializer() {
        super(false, true);
    }

    @Override
    public void write(Kryo kryo, Output output, Record record) {
        writeRecord(output, record);
    }

    @Override
    public Record read(Kryo kryo, Input input, Class<Record> type) {
        return readRecord(input, type);
    }

    private static void writeRecord(Output output, Record record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                writeValue(output, component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
            }
        }
    }

    private static Record readRecord(Input input, Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = readValue(input);
        }
        try {
            return (Record) CONSTRUCTORS.computeIfAbsent(type, RecordSerializer::canonical).newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild a " + type.getName(), e);
        }
    }

    private static Constructor<?> canonical(Class<?> type) {
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(
                    Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type.getName(), e);
        }
    }

    private static void writeValue(Output output, Object value) {
        if (value == null) {
            tag(output, Tag.NULL);
        } else if (value instanceof String s) {
            tag(output, Tag.STRING);
            output.writeString(s);
        } else if (value instanceof Integer i) {
            tag(output, Tag.INT);
            output.writeInt(i);
        } else if (value instanceof Long l) {
            tag(output, Tag.LONG);
            output.writeLong(l);
        } else if (value instanceof Double d) {
            tag(output, Tag.DOUBLE);
            output.writeDouble(d);
        } else if (value instanceof Boolean b) {
            tag(output, Tag.BOOLEAN);
            output.writeBoolean(b);
        } else if (value instanceof Enum<?> e) {
            tag(output, Tag.ENUM);
            output.writeString(e.getDeclaringClass().getName());
            output.writeString(e.name());
        } else if (value instanceof Optional<?> o) {
            tag(output, Tag.OPTIONAL);
            writeValue(output, o.orElse(null));
        } else if (value instanceof List<?> list) {
            tag(output, Tag.LIST);
            output.writeInt(list.size(), true);
            list.forEach(item -> writeValue(output, item));
        } else if (value instanceof Record r) {
            tag(output, Tag.RECORD);
            output.writeString(r.getClass().getName());
            writeRecord(output, r);
        } else if (value instanceof BigDecimal d) {
            tag(output, Tag.DECIMAL);
            output.writeString(d.toString());
        } else if (value instanceof Year y) {
            tag(output, Tag.YEAR);
            output.writeInt(y.getValue());
        } else if (value instanceof LocalDate d) {
            tag(output, Tag.DATE);
            output.writeLong(d.toEpochDay());
        } else if (value instanceof byte[] bytes) {
            tag(output, Tag.BYTES);
            output.writeInt(bytes.length, true);
            output.writeBytes(bytes);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " in a record");
        }
    }

    private static Object readValue(Input input) {
        Tag tag = Tag.values()[input.readByte()];
        return switch (tag) {
            case NULL -> null;
            case STRING -> input.readString();
            case INT -> input.readInt();
            case LONG -> input.readLong();
            case DOUBLE -> input.readDouble();
            case BOOLEAN -> input.readBoolean();
            case ENUM -> enumValue(input.readString(), input.readString());
            case OPTIONAL -> Optional.ofNullable(readValue(input));
            case LIST -> {
                int size = input.readInt(true);
                List<Object> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(readValue(input));
                }
                yield List.copyOf(items);
            }
            case RECORD -> readRecord(input, type(input.readString()));
            case DECIMAL -> new BigDecimal(input.readString());
            case YEAR -> Year.of(input.readInt());
            case DATE -> LocalDate.ofEpochDay(input.readLong());
            case BYTES -> input.readBytes(input.readInt(true));
        };
    }

    private static void tag(Output output, Tag tag) {
        output.writeByte(tag.ordinal());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String type, String name) {
        return Enum.valueOf((Class<? extends Enum>) type(type), name);
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class " + name + " is not on the executor's class path", e);
        }
    }
}
