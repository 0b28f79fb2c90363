package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a request body larger than a limit with 413 (Content Too Large), before anything parses
 * it: SPARQL parsing grows faster than the size of a query, so one huge POST could hold a thread
 * for minutes. A body that states its length is refused at once; one sent in chunks is counted as
 * it is read, and reading past the limit fails the request with the same status.
 */
final class RequestSizeLimit implements Filter {

    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the request size limit must be positive, but was: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        if (http.getContentLengthLong() > maxBytes) {
            refuse(answer);
            return;
        }
        CountingRequest counted = new CountingRequest(http, maxBytes);
        try {
            chain.doFilter(counted, response);
        } catch (IOException | RuntimeException e) {
            if (!counted.exceeded()) {
                throw e;
            }
        }
        if (counted.exceeded() && !answer.isCommitted()) {
            answer.reset();
            refuse(answer);
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        response.sendError(413, "request body larger than " + maxBytes + " bytes: send a smaller query"
                + " (the server's --max-request-bytes sets the limit)");
    }

    /** The request with an input stream that stops at the limit. */
    private static final class CountingRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private LimitedStream stream;

        CountingRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }

        boolean exceeded() {
            return stream != null && stream.exceeded;
        }
    }

    /** Counts what is read and fails once more than the limit has come. */
    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;
        private boolean exceeded;

        LimitedStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                exceeded = true;
                throw new IOException("request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
