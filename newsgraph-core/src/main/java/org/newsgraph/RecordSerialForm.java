package org.newsgraph;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serial;
import java.io.Serializable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * The serial form of a record with {@link Optional} components, which Java serialisation cannot
 * write: the record's class and its components, each Optional as its value or null. It is read back
 * through the record's canonical constructor, so the record's checks run again. A record opts in
 * with {@code private Object writeReplace() { return RecordSerialForm.of(this); }}; every other
 * component must be serialisable itself.
 */
public final class RecordSerialForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<? extends Record> type;
    private final Object[] values;

    private RecordSerialForm(Class<? extends Record> type, Object[] values) {
        this.type = type;
        this.values = values;
    }

    /** The serial form of {@code record}. */
    public static RecordSerialForm of(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = value(record, components[i]);
            values[i] = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        }
        return new RecordSerialForm(record.getClass(), values);
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of a " + record.getClass().getName(), e);
        }
    }

    @Serial
    private Object readResolve() throws ObjectStreamException {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null || components.length != values.length) {
            throw new InvalidObjectException("the serial form of a " + type.getName() + " has " + values.length
                    + " components, but the record has " + (components == null ? 0 : components.length));
        }
        Object[] arguments = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            arguments[i] = components[i].getType() == Optional.class ? Optional.ofNullable(values[i]) : values[i];
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(arguments);
        } catch (InvocationTargetException e) {
            InvalidObjectException invalid = new InvalidObjectException("not a valid " + type.getSimpleName() + ": " + e.getCause().getMessage());
            invalid.initCause(e.getCause());
            throw invalid;
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            InvalidObjectException invalid = new InvalidObjectException("cannot rebuild a " + type.getName() + ": " + e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
