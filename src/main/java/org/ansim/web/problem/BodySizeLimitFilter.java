package org.ansim.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.ansim.web.UploadLimit;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over the limit (1 MiB; more on the paths a module declared an {@link UploadLimit} for) with
 * 413, whether the client announced the length or streams it: a streamed body is cut off once it passes the limit.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    static final class BodyTooLarge extends IOException {
        BodyTooLarge() {
            super("Request body over the limit");
        }
    }

    private final long defaultLimit;
    private final List<UploadLimit> uploads;
    private final AntPathMatcher paths = new AntPathMatcher();

    BodySizeLimitFilter(long limit) {
        this(limit, List.of());
    }

    BodySizeLimitFilter(long defaultLimit, List<UploadLimit> uploads) {
        this.defaultLimit = defaultLimit;
        this.uploads = List.copyOf(uploads);
    }

    /** The largest limit declared for this path, or the default. */
    long limitFor(String path) {
        return uploads.stream()
                .filter(upload -> paths.match(upload.pathPattern(), path))
                .mapToLong(UploadLimit::maxBytes)
                .max()
                .orElse(defaultLimit);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var limit = limitFor(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (isTooLarge(failure) && !response.isCommitted()) {
                response.reset();
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            throw failure;
        }
    }

    static boolean isTooLarge(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            var b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            var n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
