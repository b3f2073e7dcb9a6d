package dk.rekrut.web;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Reads a small {@code multipart/form-data} request (an application with its documents) into memory in one read and
 * splits it with {@link MultipartBody}, before Spring Security, so that the CSRF check and the controllers see the
 * same parsed request. Why not the servlet container's parser: under load it cost most of the upload path. Tomcat's
 * in-memory file item copies the whole file on every {@code getSize()} and {@code getBytes()} (1 MB each time), and
 * its delimiter search looks at every byte. Here each file is copied once, and the search skips.
 * <p>
 * Larger requests (videos) and requests without a Content-Length go on to the container's parser, which spills to
 * disk. The limit is below the configured maximum file and request sizes, so a request taken here can never be one
 * that those limits would have refused.
 */
class InMemoryMultipartFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryMultipartFilter.class);

    private final long limit;
    private final int maxParts;
    private final int maxHeaderBytes;

    InMemoryMultipartFilter(long limit, int maxParts, int maxHeaderBytes) {
        this.limit = limit;
        this.maxParts = maxParts;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        return !"POST".equals(request.getMethod()) || length < 0 || length > limit
            || (MultipartBody.boundary(request.getContentType()) == null && !multipart(request))
            || WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null;
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (MultipartBody.boundary(request.getContentType()) == null) {
            // Tomcat's own parser would throw on this and the client would see a 500 (security review L7).
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form data has no valid boundary.");
            return;
        }
        int length = (int) request.getContentLengthLong();
        // Straight into one array (readNBytes gathers 16 KB chunks and copies them all again), but never more than
        // 2 MB ahead of what arrived: a client that declares 8 MB and sends nothing must not hold 8 MB.
        byte[] body = new byte[Math.min(length, 2 * 1024 * 1024)];
        int read = 0;
        try (InputStream in = request.getInputStream()) {
            while (read < length) {
                if (read == body.length) {
                    body = Arrays.copyOf(body, (int) Math.min(length, 2L * body.length));
                }
                int n = in.read(body, read, body.length - read);
                if (n <= 0) {
                    break;
                }
                read += n;
            }
        }
        if (read != length) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The request ended before its Content-Length.");
            return;
        }
        List<MultipartBody.Part> parts;
        try {
            parts = MultipartBody.parse(body, MultipartBody.boundary(request.getContentType()), maxParts, maxHeaderBytes);
        } catch (MultipartBody.Malformed e) {
            // Not the path: an applicant's private link carries its token in the path.
            LOG.info("Refused a malformed multipart request: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The form data could not be read.");
            return;
        }
        body = null; // only the parts' own copies live on
        chain.doFilter(new Parsed(request, parts), response);
    }

    /** The request as the controllers see it: the query's and the body's fields, and the files. */
    static final class Parsed extends DefaultMultipartHttpServletRequest {

        private final Map<String, String[]> parameters;

        Parsed(HttpServletRequest request, List<MultipartBody.Part> parts) {
            super(request);
            MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
            Map<String, String> contentTypes = new LinkedHashMap<>();
            MultiValueMap<String, String> fields = query(request.getQueryString());
            for (var part : parts) {
                if (part.fileName() != null) {
                    files.add(part.name(), new InMemoryFile(part));
                } else {
                    fields.add(part.name(), part.text());
                    if (part.contentType() != null) {
                        contentTypes.putIfAbsent(part.name(), part.contentType());
                    }
                }
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            fields.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(map);
            setMultipartFiles(files);
            setMultipartParameters(map);
            setMultipartParameterContentTypes(contentTypes);
        }

        /** The query string's fields, decoded as UTF-8; a field that cannot be decoded is left out. */
        private static MultiValueMap<String, String> query(String query) {
            MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
            if (query == null || query.isEmpty()) {
                return out;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    out.add(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // a malformed %-escape: the container leaves such a field out too
                }
            }
            return out;
        }

        // Never ask the container: it would try to parse the body again, which has been read.
        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public HttpHeaders getMultipartHeaders(String paramOrFileName) {
            String type = getMultipartContentType(paramOrFileName);
            if (type == null) {
                return null;
            }
            var headers = new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_TYPE, type);
            return headers;
        }

        @Override
        public String getMultipartContentType(String paramOrFileName) {
            MultipartFile file = getFile(paramOrFileName);
            return file != null ? file.getContentType() : super.getMultipartContentType(paramOrFileName);
        }
    }

    /** A file part. {@link #getBytes()} hands out the part's own array (as Spring's mock does): no further copy. */
    record InMemoryFile(MultipartBody.Part part) implements MultipartFile {

        @Override
        public String getName() {
            return part.name();
        }

        @Override
        public String getOriginalFilename() {
            return part.fileName();
        }

        @Override
        public String getContentType() {
            return part.contentType();
        }

        @Override
        public boolean isEmpty() {
            return part.content().length == 0;
        }

        @Override
        public long getSize() {
            return part.content().length;
        }

        @Override
        public byte[] getBytes() {
            return part.content();
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(part.content());
        }

        @Override
        public void transferTo(File dest) throws IOException {
            Files.write(dest.toPath(), part.content());
        }

        @Override
        public void transferTo(Path dest) throws IOException {
            Files.write(dest, part.content());
        }
    }
}
