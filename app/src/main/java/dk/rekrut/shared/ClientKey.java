package dk.rekrut.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key under which a client's attempts are counted (login throttling, the submission rate limit): an IPv4 address
 * as it is, an IPv6 address as its /64 network. A home or an office is given a whole /64 and may take any address in
 * it at will, so counting single IPv6 addresses would let one client start afresh with every attempt.
 */
public final class ClientKey {

    private ClientKey() {
    }

    /** The key of an address as the servlet container gives it (an IP literal); anything else is kept as it is. */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // An IP literal (it has a colon) is parsed, never looked up in DNS.
            if (InetAddress.getByName(address) instanceof Inet6Address v6) {
                byte[] network = Arrays.copyOf(v6.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address;
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
