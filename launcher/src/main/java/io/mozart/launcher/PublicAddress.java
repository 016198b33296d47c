package io.mozart.launcher;

import io.mozart.launcher.config.Addresses;
import io.mozart.launcher.config.MozartConfig;
import io.mozart.launcher.config.ServerMode;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The address other computers reach this server at: what launch tokens (spec 06 §2.6 field 12) and
 * {@code game:start}'s {@code |test|??|addr|port} arguments carry. {@code Server:PublicAddress} when set;
 * otherwise the listen address ({@code Gateway:Address} in Channel mode, where the client connects to the gateway,
 * else {@code Server:Address}), except that a wildcard ({@code 0.0.0.0}, {@code ::}) becomes this machine's first
 * site-local IPv4 address, or {@code 127.0.0.1} when it has none. Never a wildcard: a client cannot connect to
 * {@code 0.0.0.0}.
 */
public final class PublicAddress {

    /** What a machine without a LAN address tells its clients. */
    public static final String LOOPBACK = "127.0.0.1";

    private PublicAddress() {}

    /**
     * @param config the configuration
     * @return the address launch tokens carry
     */
    public static String of(MozartConfig config) {
        final String listen = config.server().mode() == ServerMode.CHANNEL
                ? config.gateway().address()
                : config.server().address();
        return resolve(config.server().publicAddress(), listen, lanAddresses());
    }

    /**
     * The rule, over a given list of this machine's addresses (so it is tested without depending on the machine).
     *
     * @param configured {@code Server:PublicAddress}, if set
     * @param listen     the listen address the rule falls back to
     * @param lan        this machine's site-local IPv4 addresses, in interface order
     * @return the address launch tokens carry
     */
    public static String resolve(Optional<String> configured, String listen, List<Inet4Address> lan) {
        if (configured.isPresent()) {
            return configured.get();
        }
        if (!Addresses.isWildcard(listen)) {
            return listen;
        }
        return lan.isEmpty() ? LOOPBACK : lan.get(0).getHostAddress();
    }

    /**
     * @return the site-local IPv4 addresses (10/8, 172.16/12, 192.168/16) of the interfaces that are up, in
     *         interface order: the addresses friends on the same network can use
     */
    public static List<Inet4Address> lanAddresses() {
        final List<Inet4Address> found = new ArrayList<>();
        try {
            for (final NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (final InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address v4 && v4.isSiteLocalAddress()) {
                        found.add(v4);
                    }
                }
            }
        } catch (SocketException | RuntimeException e) {
            return List.copyOf(found);
        }
        return List.copyOf(found);
    }
}
