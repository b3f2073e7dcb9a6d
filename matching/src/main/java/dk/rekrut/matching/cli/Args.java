package dk.rekrut.matching.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: {@code --name value} options (repeatable), {@code --flag} switches the command declares,
 * and positionals. {@code -} alone is a positional (standard input). Unknown options are refused by name.
 */
final class Args {

    private final Map<String, List<String>> options = new HashMap<>();
    private final List<String> positionals = new ArrayList<>();

    Args(List<String> raw, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.startsWith("--") && a.length() > 2) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= raw.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = raw.get(++i);
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                positionals.add(a);
            }
        }
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String value(String name, String fallback) {
        List<String> v = options.get(name);
        return v == null ? fallback : v.get(v.size() - 1);
    }

    List<String> values(String name) {
        return options.getOrDefault(name, List.of());
    }

    int positiveInt(String name, int fallback) {
        String v = value(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a positive whole number, not '" + v + "'");
        }
    }

    double positiveNumber(String name, double fallback) {
        String v = value(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v.strip());
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a positive number, not '" + v + "'");
        }
    }

    List<String> positionals() {
        return positionals;
    }

    /** The single positional the command takes, e.g. FILE or {@code -}. */
    String single(String what) {
        if (positionals.size() != 1) {
            throw new UsageException("expected one " + what + (positionals.isEmpty() ? "" : ", got " + positionals.size()));
        }
        return positionals.get(0);
    }
}
