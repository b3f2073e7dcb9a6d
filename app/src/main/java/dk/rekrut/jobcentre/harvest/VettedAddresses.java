package dk.rekrut.jobcentre.harvest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The addresses one fetch may connect to (SSRF, DNS rebinding). Each hop's host is looked up once, every address the
 * answer holds is checked, and the HTTP client connects to those addresses only: this is its {@link DnsResolver}, and
 * it answers from what was checked, never from DNS. A name that answers a public address to the check and an internal
 * one a moment later (rebinding) is thus connected to the public one, the address that was checked.
 */
final class VettedAddresses implements DnsResolver {

    /** A name's addresses: DNS in the application, a fixed answer in tests. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private final Lookup lookup;
    private final Set<String> allowedPrivateHosts;
    private final Map<String, InetAddress[]> vetted = new ConcurrentHashMap<>();

    VettedAddresses(Lookup lookup, Set<String> allowedPrivateHosts) {
        this.lookup = lookup;
        this.allowedPrivateHosts = allowedPrivateHosts;
    }

    /**
     * Looks the URL's host up and keeps its addresses for the connection, or refuses the host when any of them is
     * internal (one internal address is enough: the client could connect to it). A host on
     * {@code allowed-private-hosts} is not checked, but is still connected to only at the addresses looked up here.
     */
    void vet(URI uri) throws HarvestFailure {
        String host = normalised(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = lookup.all(host);
        } catch (UnknownHostException e) {
            throw new HarvestFailure("unknown-host");
        }
        if (addresses == null || addresses.length == 0) {
            throw new HarvestFailure("unknown-host");
        }
        if (!allowedPrivateHosts.contains(host)) {
            for (InetAddress a : addresses) {
                if (internal(a)) {
                    throw new HarvestFailure("address-refused");
                }
            }
        }
        vetted.put(host, addresses.clone());
    }

    /** What {@link #vet} kept for the host; a host it did not see is unknown, whatever DNS would say. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = vetted.get(normalised(host));
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        return addresses.clone();
    }

    /** Only asked for by authentication schemes the fetcher does not use; no reverse lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
            || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC; // unique local fc00::/7
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return a instanceof Inet4Address && ((b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64 || b[0] == 0);
    }

    /** Lower case, an IPv6 literal without its brackets: the URI and the client spell a host alike. */
    private static String normalised(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
