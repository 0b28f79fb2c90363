package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.Connection;

/**
 * Notices clients that close their connection while the server computes their answer. Jetty
 * does not read an HTTP/1.1 connection while it handles a request whose body it has read, so a
 * client that hangs up during a long query goes unseen until the answer is written. This watcher registers the connection's socket
 * with a selector of its own (Jetty's stays as it is) and, when the socket turns readable, asks
 * the kernel how many bytes wait: none means the client sent its end of stream (or reset the
 * connection), and the watch reports the client gone; some means the client sent its next
 * request already, which is left for Jetty to read, and the watch ends. Nothing is ever read.
 *
 * <p>A watch must start only once its request has been read whole (Jetty then reads nothing more
 * until the answer is complete) and end before the answer is complete. One selector and one daemon
 * thread, opened with the first watch, serve all watches; thread-safe.
 */
final class DisconnectWatcher implements AutoCloseable {

    /** How often the thread wakes when nothing happens, so that closed connections are let go of. */
    private static final long IDLE_WAKE_MILLIS = 1000;

    /** A watch that watches nothing, for requests that do not come over a plain socket. */
    static final Watch NONE = new Watch(() -> { });

    /** Counts the selector's rounds: a readiness counts for a watch only in a round begun after the watch was armed. */
    private final AtomicLong rounds = new AtomicLong();
    private Selector selector;
    private boolean closed;

    /**
     * Watches the connection {@code request} came on until the returned watch is closed, and runs
     * {@code onGone} (on the watcher's thread, at most once) if the client hangs up meanwhile.
     */
    Watch watch(HttpServletRequest request, Runnable onGone) {
        SocketChannel channel = socketOf(request);
        if (channel == null) {
            return NONE;
        }
        Watch watch = new Watch(onGone);
        try {
            Selector selector = selector();
            SelectionKey key = channel.keyFor(selector);
            if (key == null) {
                // The key stays registered while the connection lives: requests on one connection come one
                // after the other, and re-registering a key cancelled a moment ago would fail.
                key = channel.register(selector, 0);
            }
            key.attach(watch);
            key.interestOps(SelectionKey.OP_READ);
            watch.key = key;
            watch.armedIn = rounds.get();
            selector.wakeup();
            return watch;
        } catch (ClosedChannelException | CancelledKeyException | ClosedSelectorException | IllegalBlockingModeException e) {
            // The connection (or the server) is closing already; Jetty will fail the answer's writes.
            return NONE;
        } catch (UncheckedIOException e) {
            // No selector (out of file descriptors): the query runs unwatched, bounded by its timeout.
            return NONE;
        }
    }

    /**
     * The socket of a request's connection, or null unless it came over plain HTTP/1: with TLS the
     * socket carries more than the requests, and an HTTP/2 connection is read all the time.
     */
    private static SocketChannel socketOf(HttpServletRequest request) {
        if (request.isSecure() || !request.getProtocol().startsWith("HTTP/1.")) {
            return null;
        }
        try {
            Connection connection = ServletContextRequest.getServletContextRequest(request)
                    .getConnectionMetaData().getConnection();
            return connection.getEndPoint().getTransport() instanceof SocketChannel channel ? channel : null;
        } catch (IllegalStateException e) {
            return null; // not a request Jetty made
        }
    }

    /** The selector, opened (with its thread) on first use. */
    private synchronized Selector selector() {
        if (closed) {
            throw new ClosedSelectorException();
        }
        if (selector == null) {
            try {
                selector = Selector.open();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a selector to watch for clients that hang up", e);
            }
            Selector opened = selector;
            Thread thread = new Thread(() -> run(opened), "newsgraph-disconnect-watcher");
            thread.setDaemon(true);
            thread.start();
        }
        return selector;
    }

    private void run(Selector selector) {
        try {
            while (selector.isOpen()) {
                long round = rounds.incrementAndGet();
                selector.select(key -> ready(key, round), IDLE_WAKE_MILLIS);
            }
        } catch (IOException | ClosedSelectorException e) {
            // closed: the server stopped
        }
    }

    private static void ready(SelectionKey key, long round) {
        if (!(key.attachment() instanceof Watch watch) || watch.armedIn >= round) {
            // Not watched, or armed while this round was on: the readiness may be from bytes Jetty
            // has read since (this very request); the next round looks again.
            return;
        }
        boolean gone;
        try {
            gone = ((SocketChannel) key.channel()).socket().getInputStream().available() == 0;
        } catch (IOException e) {
            gone = true;
        }
        try {
            if (key.attachment() == watch) {
                key.interestOps(0);
            }
        } catch (CancelledKeyException e) {
            // closed meanwhile
        }
        if (gone) {
            watch.gone();
        }
    }

    /** Stops the watcher's thread; watches started later watch nothing. */
    @Override
    public synchronized void close() {
        closed = true;
        if (selector == null) {
            return;
        }
        try {
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the disconnect watcher's selector", e);
        }
    }

    /** One request's watch; closing it stops watching. */
    static final class Watch implements AutoCloseable {
        private final Runnable onGone;
        private volatile SelectionKey key;
        /** The round in which the watch was armed; none before then. */
        private volatile long armedIn = Long.MAX_VALUE;
        private boolean reported;

        private Watch(Runnable onGone) {
            this.onGone = onGone;
        }

        private synchronized void gone() {
            if (!reported) {
                reported = true;
                onGone.run();
            }
        }

        @Override
        public void close() {
            SelectionKey watched = key;
            if (watched == null) {
                return;
            }
            try {
                if (watched.attachment() == this) {
                    watched.interestOps(0);
                    watched.attach(null);
                }
            } catch (CancelledKeyException e) {
                // the connection is closed
            }
        }
    }
}
