package io.mozart.server.protocol;

import io.mozart.encore.protocol.PacketRegistry;
import io.mozart.server.protocol.charge.ChargePackets;
import io.mozart.server.protocol.lobby.LobbyPackets;
import io.mozart.server.protocol.messaging.MessagingPackets;
import io.mozart.server.protocol.myroom.MyRoomPackets;
import io.mozart.server.protocol.planet.PlanetPackets;
import io.mozart.server.protocol.playing.PlayingPackets;
import io.mozart.server.protocol.ranking.RankingPackets;
import io.mozart.server.protocol.shop.ShopPackets;
import io.mozart.server.protocol.waiting.WaitingPackets;

/** The client protocol of O2JamO2 6.65: every message the game client and the server exchange, bound to its opcode. */
public final class MozartProtocol {
    private MozartProtocol() {}

    /** Adds every client message to a registry builder, area by area. */
    public static PacketRegistry.Builder register(PacketRegistry.Builder builder) {
        PlanetPackets.register(builder);
        LobbyPackets.register(builder);
        MessagingPackets.register(builder);
        RankingPackets.register(builder);
        WaitingPackets.register(builder);
        PlayingPackets.register(builder);
        ShopPackets.register(builder);
        ChargePackets.register(builder);
        MyRoomPackets.register(builder);
        return builder;
    }

    /** @return a registry holding every client message */
    public static PacketRegistry registry() {
        return register(PacketRegistry.builder()).build();
    }
}
