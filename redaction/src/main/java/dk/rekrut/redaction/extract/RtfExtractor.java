package dk.rekrut.redaction.extract;

import dk.rekrut.redaction.DocumentException;
import dk.rekrut.redaction.Limits;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * RTF: a small tokenizer rather than Swing's RTFEditorKit, which drops headers, footers and comments and copes badly
 * with Unicode. Visible text, headers, footers, footnotes and comments are kept; the info group (author, title),
 * pictures, objects, field instructions (link targets), font and style tables are not.
 */
final class RtfExtractor {

    /** Destinations whose content is not visible text. Any other group starting with \* is skipped too. */
    private static final Set<String> SKIP = Set.of("fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "objdata",
        "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "listtable", "listoverridetable", "rsidtbl",
        "generator", "mmathPr", "fldinst", "bkmkstart", "bkmkend", "nonshppict", "pgdsctbl", "wgrffmtfilter", "atnauthor",
        "atnid", "atndate", "atnicn", "filetbl", "revtbl", "protusertbl", "userprops", "docvar", "xmlopen", "sp", "sn", "sv");

    private RtfExtractor() {
    }

    private static final class State {
        boolean skip;
        int uc = 1;

        State copy() {
            var s = new State();
            s.skip = skip;
            s.uc = uc;
            return s;
        }
    }

    static Extraction extract(byte[] bytes) throws DocumentException {
        var out = new Extraction.Builder("application/rtf");
        String src = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        Charset codepage = Charset.forName("windows-1252");
        var sb = new StringBuilder();
        Deque<State> stack = new ArrayDeque<>();
        State st = new State();
        int images = 0;
        int pendingSkip = 0;
        int i = 0;
        int n = src.length();
        boolean groupStart = false;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '{') {
                if (stack.size() > Limits.MAX_NESTING) {
                    throw new DocumentException(DocumentException.Kind.CORRUPT, "the RTF is nested too deeply");
                }
                stack.push(st);
                st = st.copy();
                groupStart = true;
                i++;
                continue;
            }
            if (c == '}') {
                if (stack.isEmpty()) {
                    break;
                }
                st = stack.pop();
                groupStart = false;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                char next = src.charAt(i + 1);
                if (Character.isLetter(next)) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(src.charAt(j)) && j - i < 40) {
                        j++;
                    }
                    String word = src.substring(i + 1, j);
                    int k = j;
                    if (k < n && (src.charAt(k) == '-' || Character.isDigit(src.charAt(k)))) {
                        k++;
                        while (k < n && Character.isDigit(src.charAt(k)) && k - j < 10) {
                            k++;
                        }
                    }
                    String param = src.substring(j, k);
                    if (k < n && src.charAt(k) == ' ') {
                        k++;
                    }
                    i = k;
                    if (groupStart && SKIP.contains(word)) {
                        st.skip = true;
                    }
                    if (word.equals("pict") || word.equals("shppict")) {
                        images++;
                    }
                    groupStart = false;
                    if (word.equals("ansicpg") && !param.isEmpty()) {
                        try {
                            codepage = Charset.forName("windows-" + param);
                        } catch (RuntimeException ignored) {
                            // keep windows-1252
                        }
                    } else if (word.equals("uc") && !param.isEmpty()) {
                        st.uc = Math.max(0, Math.min(10, Integer.parseInt(param)));
                    } else if (word.equals("u") && !param.isEmpty() && param.length() > 0 && !param.equals("-")) {
                        int cp = Integer.parseInt(param);
                        if (cp < 0) {
                            cp += 65536;
                        }
                        if (!st.skip) {
                            sb.append((char) cp);
                        }
                        pendingSkip = st.uc;
                        continue;
                    } else if (word.equals("bin") && !param.isEmpty()) {
                        i = Math.min(n, i + Math.max(0, Integer.parseInt(param)));
                    } else if (!st.skip) {
                        switch (word) {
                            case "par", "line", "sect", "page", "row" -> sb.append('\n');
                            case "tab", "cell" -> sb.append('\t');
                            case "emdash" -> sb.append('—');
                            case "endash" -> sb.append('–');
                            case "bullet" -> sb.append('•');
                            case "lquote" -> sb.append('‘');
                            case "rquote" -> sb.append('’');
                            case "ldblquote" -> sb.append('“');
                            case "rdblquote" -> sb.append('”');
                            default -> {
                                // formatting: no text
                            }
                        }
                    }
                    pendingSkip = 0;
                    continue;
                }
                if (next == '*') {
                    if (groupStart) {
                        st.skip = true;
                    }
                    i += 2;
                    continue;
                }
                groupStart = false;
                if (next == '\'' && i + 3 < n) {
                    i += 4;
                    if (pendingSkip > 0) {
                        pendingSkip--;
                        continue;
                    }
                    try {
                        int b = Integer.parseInt(src.substring(i - 2, i), 16);
                        if (!st.skip) {
                            sb.append(new String(new byte[] {(byte) b}, codepage));
                        }
                    } catch (NumberFormatException ignored) {
                        // a broken escape is dropped
                    }
                    continue;
                }
                i += 2;
                if (pendingSkip > 0) {
                    pendingSkip--;
                    continue;
                }
                if (!st.skip) {
                    switch (next) {
                        case '\\', '{', '}' -> sb.append(next);
                        case '~' -> sb.append(' ');
                        case '_' -> sb.append('-');
                        case '\n', '\r' -> sb.append('\n');
                        default -> {
                            // \- optional hyphen, \: index entries: no text
                        }
                    }
                }
                continue;
            }
            groupStart = false;
            i++;
            if (c == '\n' || c == '\r') {
                continue;
            }
            if (pendingSkip > 0) {
                pendingSkip--;
                continue;
            }
            if (!st.skip) {
                sb.append(c);
            }
            if (sb.length() > Limits.MAX_TEXT_CHARS) {
                throw new DocumentException(DocumentException.Kind.TOO_LARGE, "too much text");
            }
        }
        if (images > 0) {
            out.images(images).dropped("images");
        }
        if (src.contains("{\\info")) {
            out.dropped("document properties (author, title, ...)");
        }
        return out.block("body", sb.toString()).build();
    }
}
