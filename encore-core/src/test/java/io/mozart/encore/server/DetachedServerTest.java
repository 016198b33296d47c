package io.mozart.encore.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mozart.encore.route.Routes;
import io.mozart.encore.session.AttributeKey;
import io.mozart.encore.session.Session;
import io.mozart.encore.testproto.TestProtocol;
import io.mozart.encore.testproto.TestProtocol.Ping;
import io.mozart.encore.testproto.TestProtocol.Pong;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A detached server: dispatch and broadcast for sessions the caller carries, with no socket and no thread. */
class DetachedServerTest {

    /** A session that keeps what it is sent; runs tasks inline. */
    private static final class ListSession implements Session {
        private final List<Object> sent = new ArrayList<>();
        private final Map<AttributeKey<?>, Object> attributes = new ConcurrentHashMap<>();
        private final EncoreServer server;
        private final long id;
        private Object phase = "start";

        ListSession(EncoreServer server, long id) {
            this.server = server;
            this.id = id;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public SocketAddress remoteAddress() {
            return new InetSocketAddress("127.0.0.1", 1);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get(AttributeKey<T> key) {
            return (T) attributes.get(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(AttributeKey<T> key, T value) {
            return (T) attributes.put(key, value);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T remove(AttributeKey<T> key) {
            return (T) attributes.remove(key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T computeIfAbsent(AttributeKey<T> key, Supplier<? extends T> factory) {
            return (T) attributes.computeIfAbsent(key, k -> factory.get());
        }

        @Override
        public Object phase() {
            return phase;
        }

        @Override
        public void phase(Object value) {
            this.phase = value;
        }

        @Override
        public boolean send(Object packet) {
            return sent.add(packet);
        }

        @Override
        public boolean sendDroppable(Object packet) {
            return sent.add(packet);
        }

        @Override
        public void execute(Runnable task) {
            task.run();
        }

        @Override
        public void close(String reason) {}

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public String closeReason() {
            return null;
        }

        @Override
        public int queuedPackets() {
            return 0;
        }

        @Override
        public EncoreServer server() {
            return server;
        }
    }

    @Test
    void dispatchAndBroadcastReachCallerSessionsAndCloseLeavesTheExecutorsAlone() {
        ExecutorService game = Executors.newSingleThreadExecutor();
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        try {
            EncoreServer server = EncoreServer.builder()
                    .registry(TestProtocol.REGISTRY)
                    .routes(Routes.builder()
                            .on(Ping.class, (s, p) -> new Pong(p.client(), p.seq() + 1))
                            .build())
                    .detached(game, timers);
            assertEquals(0, server.port());
            assertSame(game, server.gameExecutor());
            assertSame(timers, server.scheduler());
            ListSession a = new ListSession(server, 1);
            ListSession b = new ListSession(server, 2);

            server.dispatch(a, new Ping(7, 1));
            assertEquals(List.of(new Pong(7, 2)), a.sent);

            assertEquals(2, server.broadcast(List.of(a, b), new Pong(0, 0)));
            assertEquals(List.of(new Pong(0, 0)), b.sent);
            assertTrue(server.sessions().isEmpty());

            server.close();
            assertFalse(game.isShutdown(), "the caller's executors are not stopped");
            assertFalse(timers.isShutdown());
        } finally {
            game.shutdownNow();
            timers.shutdownNow();
        }
    }
}
