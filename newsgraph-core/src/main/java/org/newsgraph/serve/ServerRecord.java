package org.newsgraph.serve;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.NewsGraphException;

/**
 * The note a serving process leaves in its store folder: its pid, its port and a random token,
 * in a file only its owner can read. TDB2 admits one JVM per store, so another command that finds
 * a live record works through that server instead of opening the store; a record whose process is
 * gone is stale and ignored.
 *
 * @param pid the serving process
 * @param port the port it listens on, on the loopback interface
 * @param token the secret that the private ingest endpoint requires
 */
public record ServerRecord(long pid, int port, String token) {

    /** The file's name in the store folder. */
    public static final String FILE = "newsgraph-server.properties";

    /** A fresh random token: 256 bits, in hexadecimal. */
    public static String newToken() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The record of a live server of the store in {@code storeFolder}, if there is one. */
    public static Optional<ServerRecord> find(Path storeFolder) {
        Path file = storeFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            ServerRecord record = new ServerRecord(Long.parseLong(properties.getProperty("pid", "").trim()),
                    Integer.parseInt(properties.getProperty("port", "").trim()), properties.getProperty("token", "").trim());
            return record.isLive() ? Optional.of(record) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // unreadable or half-written: not a server anyone can use
        }
    }

    /** Whether the process that wrote this record still runs. */
    public boolean isLive() {
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Writes the record into {@code storeFolder}, readable and writable by its owner only. */
    public void write(Path storeFolder) {
        Path file = storeFolder.resolve(FILE);
        Path partial = storeFolder.resolve(FILE + ".partial");
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(pid));
        properties.setProperty("port", Integer.toString(port));
        properties.setProperty("token", token);
        try {
            Files.deleteIfExists(partial);
            createPrivate(partial);
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(out, "the newsgraph process serving this store; removed when it stops");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsGraphException(file + ": cannot record the server (" + e.getMessage() + ")", e);
        }
    }

    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    /** Removes the record from {@code storeFolder} if it is still this one. */
    public void remove(Path storeFolder) {
        Path file = storeFolder.resolve(FILE);
        try {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            if (Long.toString(pid).equals(properties.getProperty("pid"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException gone) {
            // nothing to remove
        }
    }

    /** The base URL of the server, on loopback. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }
}
