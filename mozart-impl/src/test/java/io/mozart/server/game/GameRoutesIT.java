package io.mozart.server.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mozart.encore.client.EncoreClient;
import io.mozart.encore.route.Guard;
import io.mozart.encore.route.Routes;
import io.mozart.encore.server.EncoreServer;
import io.mozart.server.protocol.MozartProtocol;
import io.mozart.server.protocol.Reply;
import io.mozart.server.protocol.charge.CheckGiftFreePassRequest;
import io.mozart.server.protocol.charge.CheckGiftFreePassResponse;
import io.mozart.server.protocol.charge.SyncCashPointRequest;
import io.mozart.server.protocol.charge.SyncCashPointResponse;
import io.mozart.server.protocol.charge.SyncFreePassRequest;
import io.mozart.server.protocol.charge.SyncPointRequest;
import io.mozart.server.protocol.charge.SyncPointResponse;
import io.mozart.server.protocol.planet.Ping;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Typed routes over a real socket: what a {@link GameHandler} answers reaches the client as encore's untyped
 * routes would send it — nothing for {@code null}, one frame for a message, every frame of {@link Reply#of} in
 * order — and guards, {@code replace}, blocking and inline routes and several handlers per request behave as on
 * {@link Routes.Builder}.
 */
class GameRoutesIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private EncoreServer server;
    private EncoreClient client;

    @BeforeEach
    void start() {
        Guard never = Guard.of("never", s -> false);
        GameRoutes routes = GameRoutes.of(Routes.builder())
                .onInline(SyncFreePassRequest.class, (s, r) -> null)
                .onBlocking(CheckGiftFreePassRequest.class, (s, r) -> CheckGiftFreePassResponse.notFound())
                .on(SyncPointRequest.class, (s, r) -> new SyncPointResponse(1))
                .replace(SyncPointRequest.class, (s, r) -> new SyncPointResponse(7))
                .on(SyncCashPointRequest.class, (s, r) -> Reply.of(new SyncCashPointResponse(1, 2), Ping.INSTANCE))
                .on(SyncCashPointRequest.class, (s, r) -> Reply.of(List.of(new SyncPointResponse(3))))
                .on(SyncCashPointRequest.class, (s, r) -> new SyncPointResponse(-1), never);
        server = EncoreServer.builder()
                .address("127.0.0.1")
                .port(0)
                .registry(MozartProtocol.registry())
                .routes(routes.builder().build())
                .start();
        client = EncoreClient.connect("127.0.0.1", server.port(), MozartProtocol.registry());
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void repliesArriveAsTheHandlersAnswered() {
        // One session's requests are handled in order, so whatever SyncFreePass sent would arrive first.
        client.send(new SyncFreePassRequest());
        client.send(new SyncPointRequest());
        assertEquals(new SyncPointResponse(7), client.receive(WAIT));
        client.send(new SyncCashPointRequest());
        assertEquals(new SyncCashPointResponse(1, 2), client.receive(WAIT));
        assertEquals(Ping.INSTANCE, client.receive(WAIT));
        assertEquals(new SyncPointResponse(3), client.receive(WAIT));
        // The guarded third handler was refused; the next reply is the next request's.
        client.send(new SyncPointRequest());
        assertEquals(new SyncPointResponse(7), client.receive(WAIT));
        // A blocking route answers on the blocking pool, still in the session's order.
        client.send(new CheckGiftFreePassRequest("nobody"));
        client.send(new SyncPointRequest());
        assertEquals(CheckGiftFreePassResponse.notFound(), client.receive(WAIT));
        assertEquals(new SyncPointResponse(7), client.receive(WAIT));
    }
}
