package dk.rekrut.redaction.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Fonts as PDFBox parsed them, found again by the SHA-256 digest of everything the font is made of: its dictionary and
 * every object it reaches (descriptor, widths, encoding, descendant fonts, the Unicode map), streams by their
 * dictionary and their raw bytes, as they stand in the file being read. PDFBox builds a font from those objects alone
 * ({@code PDFontFactory.createFont}), so objects with the same digest parse to the same font, and handing out the font
 * parsed before is the same as parsing them again; the key is never an object's identity or number, and nothing the
 * rewrite says about its output is trusted. One instance serves one redaction: the input's extraction fills it, and
 * the verification's independent reading of the output bytes finds the copied fonts in it only if those bytes are the
 * same. Fonts without any stream (the standard 14 by name: the labels' Helvetica Bold, and most inputs' non-embedded
 * fonts) are also kept per thread across documents: building one from its metrics (descriptor included) was about a
 * quarter of the verification's font parsing per document.
 * <p>
 * Not thread-safe, like PDFBox's fonts themselves: one redaction, one thread.
 */
public final class ParsedFonts {

    /** A font reaching more objects or stream bytes than this is parsed as usual, without a digest. */
    private static final int MAX_OBJECTS = 20_000;
    private static final long MAX_STREAM_BYTES = 32L << 20;
    private static final int PER_THREAD = 32;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** Fonts without streams, per thread, the most recently used kept. */
    private static final ThreadLocal<Map<Key, PDFont>> WITHOUT_STREAMS = ThreadLocal.withInitial(
        () -> new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, PDFont> eldest) {
                return size() > PER_THREAD;
            }
        });

    private final Map<Key, PDFont> byDigest = new HashMap<>();
    /** Keys of fonts looked up and not found, for the {@link #put} that follows PDFBox's parse. */
    private final Map<COSObject, Key> pending = new IdentityHashMap<>();

    /** The font parsed before from objects with the same digest as {@code indirect}'s, or null. */
    PDFont get(COSObject indirect) {
        Key key = key(indirect.getObject());
        if (key == null) {
            return null;
        }
        PDFont font = byDigest.get(key);
        if (font == null && !key.streams()) {
            font = WITHOUT_STREAMS.get().get(key);
        }
        if (font == null) {
            pending.put(indirect, key);
        }
        return font;
    }

    /** PDFBox has parsed {@code indirect}'s font after {@link #get} found none. */
    void put(COSObject indirect, PDFont font) {
        Key key = pending.remove(indirect);
        if (key == null || font == null) {
            return;
        }
        byDigest.put(key, font);
        if (!key.streams()) {
            WITHOUT_STREAMS.get().put(key, font);
        }
    }

    /** The digest of {@code font} and all it reaches, or null if it is too large to be worth it or cannot be read. */
    static Key key(COSBase font) {
        if (!(font instanceof COSDictionary)) {
            return null;
        }
        var feed = new Feed(SHA256.get());
        try {
            feed.add(font);
        } catch (IOException | TooLarge e) {
            feed.digest.reset();
            return null;
        }
        return new Key(feed.digest.digest(), feed.streams > 0);
    }

    /** A digest; {@code streams}: the font reaches a stream (an embedded program, a Unicode map). */
    record Key(byte[] sha256, boolean streams) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(sha256, k.sha256);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sha256);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * Writes objects into the digest unambiguously: a tag and a length before each value; an object met again (a
     * reference, or a cycle) as the number of its first visit, so the shape of the graph counts too.
     */
    private static final class Feed {
        private final MessageDigest digest;
        private final Map<COSBase, Integer> seen = new IdentityHashMap<>();
        private final byte[] buffer = new byte[8192];
        private long streamBytes;
        private int streams;

        Feed(MessageDigest digest) {
            this.digest = digest;
        }

        void add(COSBase o) throws IOException {
            COSBase v = o instanceof COSObject ref ? ref.getObject() : o;
            switch (v) {
                case null -> tag('z');
                case COSName n -> bytes('n', n.getName().getBytes(StandardCharsets.UTF_8));
                case COSString s -> bytes('s', s.getBytes());
                case COSInteger i -> {
                    tag('i');
                    number(i.longValue());
                }
                case COSFloat f -> {
                    // What PDFBox reads from it is the float value.
                    tag('f');
                    number(Float.floatToIntBits(f.floatValue()));
                }
                case COSBoolean b -> tag(b.getValue() ? 't' : 'b');
                case COSArray a -> {
                    if (visited(v)) {
                        return;
                    }
                    tag('a');
                    number(a.size());
                    for (int i = 0; i < a.size(); i++) {
                        add(a.get(i));
                    }
                }
                case COSDictionary d -> {
                    if (visited(v)) {
                        return;
                    }
                    boolean stream = d instanceof COSStream;
                    tag(stream ? 'S' : 'd');
                    number(d.size());
                    for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                        bytes('n', e.getKey().getName().getBytes(StandardCharsets.UTF_8));
                        add(e.getValue());
                    }
                    if (stream) {
                        raw((COSStream) d);
                    }
                }
                default -> tag('0'); // COSNull
            }
        }

        /** Seen before: only its visit number is written. */
        private boolean visited(COSBase v) {
            Integer first = seen.get(v);
            if (first != null) {
                tag('r');
                number(first);
                return true;
            }
            if (seen.size() >= MAX_OBJECTS) {
                throw new TooLarge();
            }
            seen.put(v, seen.size());
            return false;
        }

        private void raw(COSStream s) throws IOException {
            streams++;
            long n = 0;
            try (InputStream in = s.createRawInputStream()) {
                for (int r = in.read(buffer); r >= 0; r = in.read(buffer)) {
                    digest.update(buffer, 0, r);
                    n += r;
                    if ((streamBytes += r) > MAX_STREAM_BYTES) {
                        throw new TooLarge();
                    }
                }
            }
            tag('e');
            number(n);
        }

        private void tag(char c) {
            digest.update((byte) c);
        }

        private void bytes(char tag, byte[] b) {
            tag(tag);
            number(b.length);
            digest.update(b);
        }

        private void number(long v) {
            for (int i = 0; i < 8; i++) {
                digest.update((byte) (v >>> (8 * i)));
            }
        }
    }
}
