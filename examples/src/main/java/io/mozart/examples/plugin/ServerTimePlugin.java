package io.mozart.examples.plugin;

import io.mozart.api.MozartServer;
import io.mozart.api.event.PlayerLoggedIn;
import io.mozart.api.extension.Requirement;
import io.mozart.api.plugin.MozartPlugin;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A launcher plugin: answers the server-time query 0x7D00 with 0x7D01 (i64 epoch milliseconds) for
 * authorized connections, and logs every login. Built as {@code examples/target/mozart-example-plugin.jar};
 * put that jar in the {@code plugins/} folder next to {@code mozart.jar}.
 */
public final class ServerTimePlugin implements MozartPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTimePlugin.class);

    private final Clock clock;

    /** The plugin with the system clock (what {@link java.util.ServiceLoader} creates). */
    public ServerTimePlugin() {
        this(Clock.systemUTC());
    }

    /**
     * @param clock the clock the reply reads
     */
    public ServerTimePlugin(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "server-time";
    }

    @Override
    public void configure(MozartServer.Builder builder) {
        builder.handler(
                        ServerTimePackets.REQUEST,
                        ServerTimePackets.REPLY,
                        Requirement.AUTHORIZED,
                        (context, request) -> new ServerTimeReply(clock.millis()))
                .on(PlayerLoggedIn.class, e -> LOG.info("server-time plugin: {} logged in", e.nickname()));
    }
}
