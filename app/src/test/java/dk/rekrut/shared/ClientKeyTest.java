package dk.rekrut.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientKeyTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientKey.of("192.0.2.17")).isEqualTo("192.0.2.17");
    }

    @Test
    void anIpv6AddressCountsAsItsSlash64() {
        assertThat(ClientKey.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(ClientKey.of("2001:db8:1:2::1"))
            .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientKey.of("2001:db8:1:3::1")).isNotEqualTo(ClientKey.of("2001:db8:1:2::1"));
        assertThat(ClientKey.of("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:0/64");
    }

    @Test
    void whatIsNoAddressIsKeptAsItIsAndNeverLookedUp() {
        assertThat(ClientKey.of("unknown")).isEqualTo("unknown");
        assertThat(ClientKey.of(null)).isNull();
        assertThat(ClientKey.of("not:an:address:zz")).isEqualTo("not:an:address:zz");
    }
}
