package org.newsgraph.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

/** Java serialisation to and from bytes, as a distributed job ships values. */
public final class JavaSerialisation {

    private JavaSerialisation() {
    }

    /** {@code value} written with Java serialisation. */
    public static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What {@code bytes} hold, read with Java serialisation. */
    public static Object read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** {@code value} written and read back. */
    public static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        return read(write(value));
    }
}
