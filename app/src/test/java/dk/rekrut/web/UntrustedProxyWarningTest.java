package dk.rekrut.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class UntrustedProxyWarningTest {

    @Test
    void aPeerInsideTheNetworkThatForwardsIsAnUntrustedProxy() {
        for (String peer : new String[] {"10.0.0.5", "172.16.3.4", "192.168.1.1", "127.0.0.1", "fd00::5", "fe80::1", "::1"}) {
            assertThat(UntrustedProxyWarning.untrustedProxy(request(peer, "198.51.100.7"))).as(peer).isTrue();
        }
    }

    @Test
    void aClientsOwnHeaderFromOutsideOrNoHeaderIsNoSign() {
        assertThat(UntrustedProxyWarning.untrustedProxy(request("198.51.100.7", "10.1.1.1"))).isFalse();
        assertThat(UntrustedProxyWarning.untrustedProxy(request("2001:db8::1", "10.1.1.1"))).isFalse();
        assertThat(UntrustedProxyWarning.untrustedProxy(request("10.0.0.5", null))).isFalse();
        assertThat(UntrustedProxyWarning.untrustedProxy(request("proxy.internal", "10.1.1.1"))).isFalse();
    }

    private static MockHttpServletRequest request(String peer, String forwardedFor) {
        var r = new MockHttpServletRequest("GET", "/jobs");
        r.setRemoteAddr(peer);
        if (forwardedFor != null) {
            r.addHeader("X-Forwarded-For", forwardedFor);
        }
        return r;
    }
}
