package dk.rekrut.redaction.detect;

import dk.rekrut.redaction.KnownPersonalData;
import dk.rekrut.redaction.Span;
import dk.rekrut.redaction.SpanType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers made from a person's name: personal domains ({@code hvidbergsantos.dk}, {@code www.annemarie-koch.dk}),
 * profile links on sites for people ({@code gitlab.com/…}, {@code behance.net/…}), user names
 * ({@code sarahm1990}, {@code HVIDBERG_S}, {@code MinhAnh92}) and handles named by a cue ({@code GitHub: …},
 * {@code MitID bruger-id: …}). The names are the applicant's own (form data) and every name the other detectors found,
 * so this also works without form data; it runs after them. Names are compared folded: case, accents, Danish letters
 * (ø → o/oe, å → a/aa, æ → ae) and common transliterations (ph/f, c/k, y/i/j, w/v, doubled letters) do not matter,
 * and for long parts only the consonants count (Mohammed, Muhamad). The whole token is redacted, as a link or an
 * e-mail. A token counts only when it is shaped like an identifier, so the surname in a company name ("Hansens Is")
 * stays with the name detector.
 */
final class IdentifierDetector {

    /** A name part must have this many letters to be looked for inside other tokens. */
    static final int MIN_PART = 4;

    /** Sites where a path names a person's profile: the link is an identifier whatever its words. */
    private static final Set<String> PROFILE_SITES = Set.of("github.com", "gitlab.com", "bitbucket.org", "linkedin.com",
        "behance.net", "dribbble.com", "x.com", "twitter.com", "instagram.com", "facebook.com", "fb.com", "tiktok.com",
        "youtube.com", "medium.com", "stackoverflow.com", "kaggle.com", "codepen.io", "huggingface.co", "orcid.org",
        "researchgate.net", "scholar.google.com", "vimeo.com", "soundcloud.com", "about.me", "linktr.ee", "t.me", "wa.me",
        "threads.net", "mastodon.social", "bsky.app", "pinterest.com", "flickr.com", "artstation.com", "deviantart.com",
        "leetcode.com", "hackerrank.com", "npmjs.com", "pypi.org", "dev.to", "substack.com", "xing.com", "academia.edu");

    /** Top-level domains a personal site or profile is likely to use; "js" in "Node.js" or "NET" in "ASP.NET" alone are not enough. */
    private static final Set<String> TLDS = Set.of(("dk|com|net|org|io|dev|me|se|no|fi|is|de|uk|co|eu|info|app|tech|page|site|"
        + "online|xyz|ai|nl|fr|es|it|pl|in|za|kr|jp|cn|ng|ke|gh|et|pk|bd|ir|iq|tr|ua|ru|ro|bg|rs|ba|hr|lt|lv|ee|cz|sk|hu|at|ch|be|"
        + "pt|gr|us|ca|au|nz|br|mx|ar|cl|vn|th|ph|id|my|sg|hk|tw|eg|ma|tn|sa|ae|lk|np|so|er|ug|tz|rw|cm|sn|blog|name|cv|pro|studio|"
        + "design|art|cloud|website|portfolio|email|works|space|live|one|biz").split("\\|"));

    /**
     * Words that introduce a handle or user name: what follows a colon after them is an identifier. The type is a
     * link, except for the sign-in names of Danish public ID (MitID, NemID), which are ID numbers.
     */
    private static final Pattern CUED = Pattern.compile("(?<![\\p{L}\\p{N}])(github|gitlab|bitbucket|linkedin|twitter|x|instagram|"
        + "facebook|tiktok|youtube|behance|dribbble|skype|kaggle|stack\\s?overflow|discord|telegram|"
        + "mastodon|bluesky|snapchat|wechat|orcid|"
        + "(?:mit|nem)[\\s-]?id(?:[\\s-]?(?:bruger[\\s-]?(?:id|navn)|brugernavn|user\\s?(?:name|id)|username|login))?|"
        + "brugernavn|bruger-id|username|user\\s?name|user\\s?id|handle|gamertag|nick(?:name)?)"
        + "[ \\t]*(?:\\([^)\\n]{0,20}\\))?([ \\t]*[:：][ \\t]*|[ \\t]*(?:\\r?\\n[ \\t]*){1,3})(@?[\\p{L}\\p{N}][\\p{L}\\p{N}._%+\\-/~#:]*)",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words after a cue and colon that say there is nothing there ("LinkedIn: on request"). */
    private static final Set<String> NOT_A_HANDLE = Set.of("on", "upon", "available", "see", "below", "above", "request", "ja", "nej",
        "yes", "no", "se", "efter", "på", "kan", "gives", "oplyses", "n/a", "na", "ingen", "none", "link", "profil", "profile");

    List<Span> detect(String text, KnownPersonalData known, List<Span> found) {
        return detect(text, known, found, Candidates.of(text).cues[CueWords.IDENTIFIER]);
    }

    /** {@code cues}: where a cue word of {@link CueWords#IDENTIFIER} starts (see {@link Candidates#cues}). */
    List<Span> detect(String text, KnownPersonalData known, List<Span> found, int[] cues) {
        List<Span> out = new ArrayList<>();
        cued(text, cues, out);
        List<Part> parts = parts(text, known, found);
        tokens(text, parts, out);
        return out;
    }

    // ------------------------------------------------------------------------------------------------- name parts

    /** A name part as folded, and its consonants when it is long enough for them to tell names apart. */
    record Part(String folded, String consonants) {
    }

    private static final Pattern PART_SPLIT = Pattern.compile("[\\s.,\\-_'’/]+");

    static List<Part> parts(String text, KnownPersonalData known, List<Span> found) {
        Set<String> folded = new LinkedHashSet<>();
        if (known != null && known.fullName() != null && !known.fullName().isBlank()) {
            addParts(known.fullName().strip(), false, folded);
        }
        // A name found many times gives the same parts each time (the set keeps the first's order): each is read once.
        Set<String> names = new java.util.HashSet<>();
        for (Span s : found) {
            if (s.type() == SpanType.NAME) {
                String name = text.substring(s.start(), s.end());
                if (names.add(name)) {
                    addParts(name, true, folded);
                }
            }
        }
        List<Part> out = new ArrayList<>();
        for (String f : folded) {
            if (f.length() < MIN_PART) {
                continue;
            }
            String c = consonants(f);
            out.add(new Part(f, f.length() >= 6 && c.length() >= 4 ? c : null));
        }
        out.sort((a, b) -> b.folded().length() - a.folded().length()); // longest first, for namePartsIn
        return out;
    }

    /**
     * The parts of one name, folded, and each pair of neighbours joined. A name the engine found (not the form's) gives
     * only words written as names are ("GitHub" in a run taken for a name is a product, not a name part).
     */
    private static void addParts(String name, boolean found, Set<String> folded) {
        List<String> words = new ArrayList<>();
        String[] split = PART_SPLIT.split(name);
        for (int k = 0; k < split.length; k++) {
            String w = split[k];
            // A found name's lower-case tail after a hyphen is still the name ("Seo-yeon", "Jean-luc"): kept.
            if (found && !writtenAsName(w) && !hyphenTail(name, split, k)) {
                continue;
            }
            String f = fold(w);
            if (!f.isEmpty() && !NameDetector.isStopWord(w.toLowerCase(Locale.ROOT)) && !isTitle(w)) {
                words.add(f);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            folded.add(words.get(i));
            // Short parts ("Ali", "Anh", "Kim") count joined to their neighbour: "minhanh", "alihassan".
            if (i + 1 < words.size()) {
                folded.add(words.get(i) + words.get(i + 1));
            }
        }
    }

    /** Whether part {@code k} of {@code name} follows a hyphen right after a part written as a name ("Seo-yeon"). */
    private static boolean hyphenTail(String name, String[] split, int k) {
        if (k == 0 || split[k].isEmpty() || !Character.isLowerCase(split[k].charAt(0)) || !writtenAsName(split[k - 1])) {
            return false;
        }
        String joined = split[k - 1] + "-" + split[k];
        return name.contains(joined);
    }

    /** Letters only, capitalised with the rest in lower case, or all in capitals. */
    private static boolean writtenAsName(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        boolean lower = true;
        boolean upper = true;
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Trigger.isLetter(c)) {
                return false;
            }
            lower &= !Character.isUpperCase(c);
            upper &= !Character.isLowerCase(c);
        }
        return lower || upper;
    }

    private static final Set<String> TITLES = Set.of("hr", "fru", "frk", "mr", "mrs", "ms", "miss", "dr", "prof");

    private static boolean isTitle(String w) {
        return TITLES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * Lower case, letters only (digits and separators dropped, so "sara.mansour_92" is "saramansour"), accents and
     * Danish letters spelled out, and the spellings that vary between transliterations made one: ph/f, c/ck/q/k, w/v,
     * y/j/i, z/s, aa/a, oe/o, ae/a, ue/u, ou/oo/u, ee/i, h after a consonant, doubled letters.
     */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String plain = lower;
        if (!ascii(lower)) { // ASCII has no accents to drop: the normalizer was most of the cost of a token
            plain = MARKS.matcher(Normalizer.normalize(lower.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d")
                .replace("ð", "d").replace("þ", "th")
                .replace("ł", "l").replace("ı", "i").replace("œ", "oe"), Normalizer.Form.NFD)).replaceAll("");
        }
        // Letters only, the consonants that vary made one (ph/f, ck/c/q/k, w/v, y/j/i, z/s); one pass each, by hand.
        char[] a = new char[plain.length()];
        int n = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c > 127 && Trigger.isLetter(c))) {
                continue;
            }
            char next = i + 1 < plain.length() ? plain.charAt(i + 1) : 0;
            if (c == 'p' && next == 'h') {
                a[n++] = 'f';
                i++;
            } else if (c == 'c' && next == 'k') {
                a[n++] = 'k';
                i++;
            } else {
                a[n++] = switch (c) {
                    case 'c', 'q' -> 'k';
                    case 'w' -> 'v';
                    case 'y', 'j' -> 'i';
                    case 'z' -> 's';
                    default -> c;
                };
            }
        }
        // The vowel pairs that vary (aa/a, oe/o, ae/a, ue/u, ou/oo/u, ee/i), then h after a consonant (kh/k, th/t, dh/d,
        // gh/g, sh/s: transliterations differ in the h) and doubled letters.
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = a[i];
            char next = i + 1 < n ? a[i + 1] : 0;
            char v = 0;
            if (c == 'a' && (next == 'a' || next == 'e') || c == 'o' && next == 'e') {
                v = c;
            } else if (c == 'u' && next == 'e' || c == 'o' && (next == 'u' || next == 'o')) {
                v = 'u';
            } else if (c == 'e' && next == 'e') {
                v = 'i';
            }
            if (v != 0) {
                c = v;
                i++;
            }
            if (c == 'h' && !sb.isEmpty() && isConsonant(sb.charAt(sb.length() - 1))) {
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }

    /** The folded word without vowels, doubled consonants made one: Mohammed and Muhamad are both "mhmd". */
    static String consonants(String folded) {
        var sb = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ("aeiou".indexOf(c) >= 0) {
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) == c) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------- tokens

    /** What an identifier may be made of: letters, digits and the characters of links, e-mails and user names. */
    private static boolean tokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == '/' || c == ':' || c == '%'
            || c == '+' || c == '~' || c == '#' || c == '?' || c == '=' || c == '&';
    }

    private static void tokens(String text, List<Part> parts, List<Span> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!tokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean lettersOnly = true;
            boolean camel = false;
            while (i < n && tokenChar(text.charAt(i))) {
                char c = text.charAt(i);
                if (!Trigger.isLetter(c)) {
                    lettersOnly = false;
                } else if (i > start && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(i - 1))) {
                    camel = true;
                }
                i++;
            }
            int end = i;
            // A plain word can only be name parts joined, which takes two parts: most words are left here, uncopied.
            if (lettersOnly && !camel && (end - start < 2 * MIN_PART || parts.isEmpty())) {
                continue;
            }
            // Punctuation of the sentence around it is not part of the token.
            while (end > start && ".,:;!?-/".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            while (start < end && ".,:;-/@".indexOf(text.charAt(start)) >= 0 && !(text.charAt(start) == '@' && end - start > 1)) {
                start++;
            }
            if (end - start >= MIN_PART) {
                token(text, start, end, parts, out);
            }
        }
    }

    private static final Pattern SCHEME = Pattern.compile("(?i)^(?:https?://|ftp://|www\\.)");
    /** A host at the start of a token: labels of letters, digits and hyphens, the last one a top-level domain. */
    private static final Pattern HOST = Pattern.compile("^(?:https?://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+"
        + "(\\p{L}{2,12}))(?=$|[/:?#])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static void token(String text, int start, int end, List<Part> parts, List<Span> out) {
        String token = text.substring(start, end);
        boolean hasLetter = false;
        boolean hasDigit = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            hasLetter |= Trigger.isLetter(c);
            hasDigit |= c >= '0' && c <= '9';
        }
        if (!hasLetter) {
            return;
        }
        int at = token.indexOf('@');
        int slash = token.indexOf('/');
        if (at > 0 && (slash < 0 || slash > at)) {
            return; // an e-mail: the pattern detector takes all of it
        }
        boolean dot = token.indexOf('.') > 0;
        Matcher host = dot ? HOST.matcher(token) : null;
        boolean hasHost = dot && host.find();
        boolean web = dot && (SCHEME.matcher(token).find() || hasHost && TLDS.contains(host.group(2).toLowerCase(Locale.ROOT)));
        if (web) {
            String h = hasHost ? host.group(1).toLowerCase(Locale.ROOT) : "";
            h = h.startsWith("www.") ? h.substring(4) : h;
            String rest = hasHost ? token.substring(host.end()) : "";
            boolean path = rest.startsWith("/") && rest.length() > 1;
            if (path && profileSite(h) || containsName(token, parts)) {
                out.add(new Span(start, end, SpanType.URL, token, 0.9, "identifier: link with a name or profile"));
            }
            return;
        }
        if (token.charAt(0) == '@') {
            if (containsName(token, parts)) {
                out.add(new Span(start, end, SpanType.URL, token, 0.9, "identifier: handle with a name"));
            }
            return;
        }
        // A profile path without its site (rred3): LinkedIn's "in/adewale-bakare", Reddit's "u/…", after a pipe or an icon.
        if (slash > 0 && slash <= 3 && slash < token.length() - 1 && token.indexOf('/', slash + 1) < 0
            && token.substring(0, slash).chars().allMatch(Character::isLetter)
            && containsName(token.substring(slash + 1), parts)) {
            out.add(new Span(start, end, SpanType.URL, token, 0.85, "identifier: profile path with a name"));
            return;
        }
        if (userNameShape(token, hasDigit)) {
            if (containsName(token, parts) && !justAName(token, parts)) {
                out.add(new Span(start, end, SpanType.URL, token, 0.85, "identifier: user name with a name"));
            }
            return;
        }
        // A plain word made of two name parts joined ("saramansour", "Hvidbergsantos") is no word of any language.
        if (token.length() >= 2 * MIN_PART && startsAsAPart(token, parts) && namePartsIn(fold(token), parts) >= 2) {
            out.add(new Span(start, end, SpanType.URL, token, 0.8, "identifier: name parts joined"));
        }
    }

    /** Whether the token, folded, starts with the letter a part starts with: most words do not, and are not folded whole. */
    private static boolean startsAsAPart(String token, List<Part> parts) {
        int first = foldedFirst(token);
        if (first < 0) {
            String head = fold(token.substring(0, Math.min(3, token.length())));
            if (head.isEmpty()) {
                return false;
            }
            first = head.charAt(0);
        }
        for (Part p : parts) {
            if (p.folded().charAt(0) == first) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first char of {@link #fold} of the token's first three chars, without copying them, when the token starts with
     * an ASCII letter whose folding no later char changes; otherwise (not such a letter, or 'p', 'o' or 'e', which
     * "ph", "ou", "oo" and "ee" fold into another letter) -1, and the caller folds.
     */
    static int foldedFirst(String token) {
        char c = token.isEmpty() ? 0 : token.charAt(0);
        if (c >= 'A' && c <= 'Z') {
            c = (char) (c + 32);
        }
        if (c < 'a' || c > 'z' || c == 'p' || c == 'o' || c == 'e') {
            return -1;
        }
        return switch (c) {
            case 'c', 'q' -> 'k';
            case 'w' -> 'v';
            case 'y', 'j' -> 'i';
            case 'z' -> 's';
            default -> c;
        };
    }

    private static boolean profileSite(String host) {
        for (String site : PROFILE_SITES) {
            if (host.equals(site) || host.endsWith("." + site)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters with digits, an underscore, a dot between letters or a lower-case letter before a capital: what user
     * names look like and words of running text do not.
     */
    static boolean userNameShape(String token, boolean hasDigit) {
        if (hasDigit || token.indexOf('_') >= 0) {
            return true;
        }
        for (int k = 1; k + 1 < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '.' && Trigger.isLetter(token.charAt(k - 1)) && Trigger.isLetter(token.charAt(k + 1))) {
                return true;
            }
        }
        for (int k = 1; k < token.length(); k++) {
            if (Character.isLowerCase(token.charAt(k - 1)) && Character.isUpperCase(token.charAt(k))) {
                return true; // "SaraHMansour", "MinhAnh"
            }
        }
        // Lower-case words joined by a hyphen are not enough: Danish writes compounds so ("hassel-have", "it-afdeling").
        return false;
    }

    /** "Hvidberg-Santos" or "Hansens": a name as names are written, which the name detector judges. */
    private static boolean justAName(String token, List<Part> parts) {
        for (String piece : token.split("-")) {
            if (piece.isEmpty() || !Character.isUpperCase(piece.charAt(0)) || !piece.substring(1).equals(piece.substring(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int k = 0; k < piece.length(); k++) {
                if (!Trigger.isLetter(piece.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean containsName(String token, List<Part> parts) {
        if (parts.isEmpty()) {
            return false;
        }
        String f = fold(token);
        String c = null;
        for (Part p : parts) {
            if (f.contains(p.folded())) {
                return true;
            }
            if (p.consonants() != null) {
                if (c == null) {
                    c = consonants(f);
                }
                if (c.contains(p.consonants())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many name parts stand in the folded token without overlapping, longest first. */
    static int namePartsIn(String folded, List<Part> parts) {
        boolean[] used = new boolean[folded.length()];
        int count = 0;
        for (Part part : parts) { // longest first, as parts() sorts them
            String p = part.folded();
            for (int i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + p.length(); k++) {
                    free &= !used[k];
                }
                if (free) {
                    for (int k = i; k < i + p.length(); k++) {
                        used[k] = true;
                    }
                    count++;
                }
            }
        }
        return count;
    }

    // ------------------------------------------------------------------------------------------------- cues

    /** {@link #CUED} tried at the word starts where one of its cue words starts ({@link CueWords#IDENTIFIER}). */
    private static void cued(String text, int[] cues, List<Span> out) {
        NumberDetector.each(text, CUED, cues, i -> true, m -> cue(text, m, out));
    }

    private static void cue(String text, Matcher m, List<Span> out) {
        String value = m.group(3);
        int s = m.start(3);
        int e = m.end(3);
        while (e > s && ".,;:-/".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s < 2) {
            return;
        }
        value = text.substring(s, e);
        // Without a colon the cue is a table cell and the value the next one: only a value shaped like a handle counts.
        boolean colon = m.group(2).indexOf(':') >= 0 || m.group(2).indexOf('：') >= 0;
        if (NOT_A_HANDLE.contains(value.toLowerCase(Locale.ROOT)) || !(colon ? endsItsField(text, e, value) : cellBelow(text, m, e, value))) {
            return;
        }
        String cue = m.group(1).toLowerCase(Locale.ROOT);
        boolean publicId = cue.startsWith("mit") || cue.startsWith("nem");
        // MitID's user name may be all digits: it must win over the phone pattern.
        out.add(new Span(s, e, publicId ? SpanType.ID_NUMBER : SpanType.URL, value, publicId ? 0.95 : 0.9,
            publicId ? "context: MitID user name" : "context: handle after a cue"));
    }

    /** Cues that are also ordinary words ("I can handle") name a handle only with a colon. */
    private static final Set<String> COLON_ONLY = Set.of("x", "handle", "nick", "nickname", "gamertag");

    /**
     * A value in the cell below its cue (no colon): shaped like a handle, with a letter (not "2019-2021"), alone on its
     * line, after a cue that is no ordinary word.
     */
    private static boolean cellBelow(String text, Matcher m, int end, String value) {
        if (COLON_ONLY.contains(m.group(1).toLowerCase(Locale.ROOT)) || !shaped(value) || value.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || text.charAt(k) == '\r';
    }

    /** Digits, separators of user names, or a capital after a lower-case letter. */
    private static boolean shaped(String value) {
        for (int k = 0; k < value.length(); k++) {
            char c = value.charAt(k);
            if (Character.isDigit(c) || c == '_' || c == '.' || c == '/' || c == '@' || c == '-' || c == ':' || c == '#') {
                return true;
            }
        }
        return userNameShape(value, false);
    }

    /**
     * A handle after a cue ends its field: the line, a separator (|, •, ·, comma) or the next cue follows. A plain word
     * followed by more words is a sentence ("Portfolio: Available upon request"), unless it looks like a user name.
     */
    private static boolean endsItsField(String text, int end, String value) {
        if (shaped(value)) {
            return true;
        }
        int k = end;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k >= text.length() || "\n\r|•·,;()[]".indexOf(text.charAt(k)) >= 0 || k > end + 2;
    }
}
