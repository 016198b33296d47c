package io.mozart.server;

import io.mozart.api.MozartServer;
import io.mozart.api.spi.MozartServerProvider;
import java.security.SecureRandom;
import java.time.Clock;

/** Registered in {@code META-INF/services}: how {@code MozartServer.builder().start()} finds this module. */
public final class MozartProvider implements MozartServerProvider {

    @Override
    public MozartServer start(MozartServer.Settings settings) {
        return new MozartServerImpl(settings, Clock.systemUTC(), new SecureRandom());
    }
}
